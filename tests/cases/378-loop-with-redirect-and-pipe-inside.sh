for i in 1 2; do echo "v$i" | tr v V; done > f
cat f
