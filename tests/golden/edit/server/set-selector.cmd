kubectl set selector service kubernetes component=apiserver,x=y
