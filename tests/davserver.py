# SPDX-License-Identifier: GPL-3.0-or-later
"""A real WebDAV share for the tests: Debian's Apache with mod_dav_fs, run as the current
user on 127.0.0.1 and a free port, serving a folder of a temporary directory. Used by
tests/test-webdav.py and tests/ui/test-shared-plan-dav.py."""

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request

APACHE = shutil.which("apache2", path=os.environ.get("PATH", "") + ":/usr/sbin")
MODULES = "/usr/lib/apache2/modules"
GVFSD_DAV = "/usr/libexec/gvfsd-dav"

APACHE_CONF = """\
ServerRoot "{dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{dir}/httpd.pid"
ErrorLog "{dir}/error.log"
Mutex file:{dir}
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule dav_module {modules}/mod_dav.so
LoadModule dav_fs_module {modules}/mod_dav_fs.so
DocumentRoot "{share}"
DavLockDB "{dir}/davlock"
<Directory "{share}">
  Dav On
  Require all granted
</Directory>
"""


def missing():
    """Why the share cannot be run here, or None"""
    if APACHE is None or not os.path.exists(os.path.join(MODULES, "mod_dav_fs.so")):
        return "apache2 with mod_dav_fs is not installed"
    if not os.path.exists(GVFSD_DAV):
        return "gvfsd-dav (gvfs-backends) is not installed"
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_apache(tmp):
    """Serves @tmp/share (made here) with anonymous read and write; returns the server
    process and its port"""
    share = os.path.join(tmp, "share")
    os.mkdir(share)
    port = free_port()
    conf = os.path.join(tmp, "httpd.conf")
    with open(conf, "w") as f:
        f.write(APACHE_CONF.format(dir=tmp, port=port, modules=MODULES, share=share))
    output = open(os.path.join(tmp, "apache2.out"), "w")
    server = subprocess.Popen([APACHE, "-f", conf, "-DFOREGROUND"],
                              stdout=output, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server, port
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.05)
    server.terminate()
    output.close()
    raise RuntimeError("apache2 did not start: " + open(output.name).read()[-800:])


def put(port, name, path):
    """Puts the file at @path onto the share as @name, as any WebDAV client does"""
    with open(path, "rb") as f:
        request = urllib.request.Request(f"http://127.0.0.1:{port}/{name}", data=f.read(),
                                         method="PUT")
    urllib.request.urlopen(request, timeout=10).close()


def get_json(port, name):
    """The plan @name as the share serves it over plain HTTP"""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{name}", timeout=10) as r:
        return json.loads(r.read())
