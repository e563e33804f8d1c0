# ref: minish
: ${nosuch:?}
