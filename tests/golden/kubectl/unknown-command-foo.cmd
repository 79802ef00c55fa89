kubectl foo
