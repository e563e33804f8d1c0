echo ~root ~root/x
