" cite rule files (and scenario files, which share their comments and strings)
autocmd BufRead,BufNewFile *.cite setfiletype cite
