mkdir real
ln -s real link
cd link
pwd | sed 's|.*/||'
pwd -L | sed 's|.*/||'
pwd -P | sed 's|.*/||'
