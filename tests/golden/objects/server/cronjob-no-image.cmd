kubectl create cronjob tick --schedule='* * * * *'
