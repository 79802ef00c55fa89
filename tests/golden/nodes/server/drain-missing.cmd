kubectl drain nope
