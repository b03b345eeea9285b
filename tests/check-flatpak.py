#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the flatpak manifest: usage: check-flatpak.py MANIFEST APP_ID [SOURCE_ROOT]

With SOURCE_ROOT, every dependency() the meson.build files ask for must come from the
GNOME SDK or from a module the manifest builds."""

import json
import os
import re
import sys

# pkg-config names org.gnome.Sdk (and the freedesktop SDK under it) provides
SDK_PROVIDES = {
    'glib-2.0', 'gio-2.0', 'json-glib-1.0', 'libxml-2.0', 'gtk4', 'gtk4-x11',
    'libadwaita-1', 'pangocairo', 'cairo-pdf', 'librsvg-2.0', 'x11', 'xi',
    'gstreamer-1.0', 'gstreamer-pbutils-1.0', 'gstreamer-video-1.0', 'gstreamer-app-1.0',
}

# pkg-config name -> the manifest module that builds it
MODULE_PROVIDES = {
    'libical': 'libical',
    'libqpdf': 'qpdf',
}


def meson_dependencies(source_root):
    names = set()
    for folder, dirs, files in os.walk(source_root):
        dirs[:] = [d for d in dirs if not d.startswith(('.', '_')) and d != 'subprojects']
        if 'meson.build' in files:
            with open(os.path.join(folder, 'meson.build'), encoding='utf-8') as f:
                names.update(re.findall(r"\bdependency\(\s*'([^']+)'", f.read()))
    return names


def check(manifest, app_id, source_root=None):
    problems = []

    def expect(condition, message):
        if not condition:
            problems.append(message)

    try:
        with open(manifest, encoding='utf-8') as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        return ['cannot read manifest: {}'.format(e)]

    if not isinstance(data, dict):
        return ['the manifest is not a JSON object']

    ident = data.get('id', data.get('app-id'))
    expect(ident == app_id, 'id is {!r}, expected {!r}'.format(ident, app_id))
    expect(data.get('runtime') == 'org.gnome.Platform',
           'runtime is {!r}, expected org.gnome.Platform'.format(data.get('runtime')))
    expect(data.get('sdk') == 'org.gnome.Sdk',
           'sdk is {!r}, expected org.gnome.Sdk'.format(data.get('sdk')))
    expect(isinstance(data.get('runtime-version'), str) and data.get('runtime-version'),
           'runtime-version is missing')
    expect(data.get('command') == 'podium',
           'command is {!r}, expected podium'.format(data.get('command')))

    args = data.get('finish-args', [])
    expect(isinstance(args, list), 'finish-args is not a list')
    args = args if isinstance(args, list) else []
    for wanted in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
        expect(wanted in args, 'finish-args lack {}'.format(wanted))
    # Files come in through the document portal (GtkFileChooserNative), never by path
    for arg in args:
        expect(not str(arg).startswith('--filesystem'),
               'finish-args grant file system access: {}'.format(arg))
        expect(arg != '--socket=x11', 'finish-args use --socket=x11, not fallback-x11')

    modules = data.get('modules')
    if not isinstance(modules, list) or not modules:
        problems.append('no modules')
        return problems

    for module in modules:
        if not isinstance(module, dict):
            continue  # a path to a module file
        for source in module.get('sources', []):
            if isinstance(source, dict) and source.get('type') in ('archive', 'file'):
                expect(re.fullmatch(r'[0-9a-f]{64}', str(source.get('sha256', ''))),
                       'module {} downloads {} without a sha256'.format(
                           module.get('name'), source.get('url')))

    built = {m.get('name') for m in modules if isinstance(m, dict)}
    if source_root:
        for name in sorted(meson_dependencies(source_root)):
            if name in SDK_PROVIDES:
                continue
            module = MODULE_PROVIDES.get(name)
            expect(module is not None and module in built,
                   'meson.build needs {}, which neither the GNOME SDK nor a module of the '
                   'manifest provides'.format(name))

    last = modules[-1]
    expect(isinstance(last, dict) and last.get('name') == 'podium',
           'the last module is not podium')
    if isinstance(last, dict):
        expect(last.get('buildsystem') == 'meson',
               'podium is built with {!r}, expected meson'.format(last.get('buildsystem')))
        expect({'type': 'dir', 'path': '..'} in last.get('sources', []),
               'podium is not built from this source tree (type dir, path "..")')

    return problems


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    problems = check(*sys.argv[1:])
    for problem in problems:
        print('{}: error: {}'.format(sys.argv[1], problem), file=sys.stderr)
    if not problems:
        print('{}: ok'.format(sys.argv[1]))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
