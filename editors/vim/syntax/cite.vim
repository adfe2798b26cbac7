" Vim syntax file for cite rule files (*.cite): the IHSS rule language.
" Install: make install puts this under $(datadir)/vim/vimfiles; or add editors/vim of a
" checkout to 'runtimepath'. The keywords are the lexer's (grammar/lexer.l); tests/editors
" checks that they agree and that no rule file of the repository shows citeError.
if exists("b:current_syntax")
  finish
endif

syn case match

" Anything the lexer refuses, marked at once; the groups below override it.
syn match citeError "[^ \t\r A-Za-z0-9_\"\-+*/<>=()\[\]{},.:!]"
syn match citeError "&&\|||"

syn keyword citeDeclaration import enum input table rule
syn keyword citeKeyword     output when priority because effective until optional asof unverified whole
syn keyword citeConditional if then else
syn keyword citeOperatorWord and or not in for where
syn keyword citeBoolean     true false
syn keyword citeType        list of range week month days day hours hour minutes minute
syn keyword citeCiteWord    cite nextgroup=citeCitation skipwhite

" "text": one line, with \" and \\ escapes; an unclosed one is an error, as in the lexer
syn match  citeError    +"\([^"\\]\|\\.\)*$+
syn region citeString   start=+"+ skip=+\\\\\|\\"+ end=+"+ oneline contains=citePlaceholder
syn region citeCitation start=+"+ skip=+\\\\\|\\"+ end=+"+ oneline contained
syn match  citePlaceholder "{[A-Za-z_][A-Za-z0-9_.\[\], ]*}" contained

syn match citeDate     "\<\d\{4}-\d\{2}-\d\{2}\>"
syn match citeDuration "\<\d\+:\d\{2}\>"
syn match citeNumber   "\<\d\+\(\.\d\+\)\?\>"
syn match citeOperator "->\|=>\|\.\.\|==\|!=\|<=\|>=\|[-+*/<>=]"

syn match citeComment "--.*$" contains=citeTodo,@Spell
syn keyword citeTodo TODO FIXME XXX contained

hi def link citeError        Error
hi def link citeDeclaration  Structure
hi def link citeKeyword      Keyword
hi def link citeConditional  Conditional
hi def link citeOperatorWord Operator
hi def link citeOperator     Operator
hi def link citeBoolean      Boolean
hi def link citeType         Type
hi def link citeCiteWord     Special
hi def link citeCitation     Underlined
hi def link citeString       String
hi def link citePlaceholder  Identifier
hi def link citeDate         Constant
hi def link citeDuration     Number
hi def link citeNumber       Number
hi def link citeComment      Comment
hi def link citeTodo         Todo

let b:current_syntax = "cite"
