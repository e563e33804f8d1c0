set -e
case x in x) ! false;; esac
! sh -c 'exit 3'
echo continues
