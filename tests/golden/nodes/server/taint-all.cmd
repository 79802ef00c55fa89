kubectl taint nodes --all maintenance=yes:PreferNoSchedule
