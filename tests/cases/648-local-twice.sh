# ref: bash
# A second `local x` in the same function keeps x's value (dash, bash); a first one in a new
# function starts unset (bash; dash copies the outer value).
f() {
    local foo=bar
    local foo
    echo "[$foo]"
    g
}
g() { local foo; echo "[${foo-unset}]"; }
f
