mkdir real
ln -s real link
cd link
echo ${PWD##*/}
cd ..
cd -P link
echo ${PWD##*/}
