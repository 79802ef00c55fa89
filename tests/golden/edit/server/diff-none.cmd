kubectl diff
