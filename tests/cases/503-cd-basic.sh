mkdir -p d/e
cd d
echo ${PWD##*/}
cd e
echo ${PWD##*/}
cd ..
echo ${PWD##*/}
