/* podium-pdf.h — the printable documents as PDF, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"
#include "podium-renderer.h"

G_BEGIN_DECLS

/* Every page of @renderer (paginated here on the locale's paper) as a tagged PDF
 * file: title, author (the host organisation), creator "Podium", the export language,
 * XMP metadata, structure tags and an outline (see podium_renderer_draw_tagged()). */
GBytes *podium_pdf_render (PodiumRenderer  *renderer,
                           GError         **error);

/* The same on pages of @width × @height points, as drawn (landscape documents already
 * turned): the paper the print dialog's "Print to File" chose */
GBytes *podium_pdf_render_on_paper (PodiumRenderer  *renderer,
                                    double           width,
                                    double           height,
                                    GError         **error);

/* The "pdf" exporter for the table in podium-exporters.c */
GBytes *podium_pdf_export (PodiumDocument            *document,
                           const PodiumExportOptions *options,
                           GError                   **error);

/* The "badges" and "attendance" exporters: personal data, for the organisers */
GBytes *podium_pdf_export_badges     (PodiumDocument            *document,
                                      const PodiumExportOptions *options,
                                      GError                   **error);
GBytes *podium_pdf_export_attendance (PodiumDocument            *document,
                                      const PodiumExportOptions *options,
                                      GError                   **error);

G_END_DECLS
