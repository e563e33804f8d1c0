# ref: bash
function f { echo keyword-form; }
function g() { echo keyword-parens; }
f
g
