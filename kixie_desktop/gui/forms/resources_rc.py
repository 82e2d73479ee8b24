# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01!\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <rect width\
=\x2264\x22 height=\x2264\
\x22 rx=\x2214\x22 fill=\x22\
#1565c0\x22/>\x0a  <pa\
th d=\x22M22 16c3 0\
 5 6 6 10 1 3-3 \
5-3 5 2 5 6 9 11\
 11 0 0 2-4 5-3 \
4 1 10 3 10 6 0 \
4-4 9-9 9C27 54 \
10 37 10 24c0-5 \
5-8 12-8z\x22 fill=\
\x22#fff\x22/>\x0a</svg>\x0a\
\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x0e\xf8\xbe\xc7\
\x00k\
\x00i\x00x\x00i\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
