/* podium-html.h — the programme as one self-contained web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* The "html" exporter: the programme (the same content as the printed one) as a
 * single HTML file with its stylesheet inside, readable on a phone and printable. */
GBytes *podium_html_export (PodiumDocument            *document,
                            const PodiumExportOptions *options,
                            GError                   **error);

G_END_DECLS
