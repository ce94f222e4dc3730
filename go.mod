module github.com/sayso/sayso

go 1.26
