/* podium-renderer.h — lays out printable documents with Pango on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "podium-export.h"
#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_RENDERER (podium_renderer_get_type ())

G_DECLARE_FINAL_TYPE (PodiumRenderer, podium_renderer, PODIUM, RENDERER, GObject)

/* The documents the renderer sets, by the names --document takes */
#define PODIUM_PRINT_PROGRAMME   "programme"
#define PODIUM_PRINT_ROOMS       "rooms"
#define PODIUM_PRINT_SPEAKERS    "speakers"
#define PODIUM_PRINT_RUN_OF_SHOW "run-of-show"
/* Personal data, for the organisers: never part of the programme */
#define PODIUM_PRINT_BADGES      "badges"
#define PODIUM_PRINT_ATTENDANCE  "attendance"

/* Margins on every side, in points (18 mm) */
#define PODIUM_RENDERER_MARGIN (18.0 / 25.4 * 72.0)

/* Everything visible is decided here, in the export language (options->language,
 * else the conference's, else the interface's); options->document NULL means
 * the programme. */
PodiumRenderer *podium_renderer_new              (PodiumDocument            *document,
                                                  const PodiumExportOptions *options);

/* Whether @kind can be printed from @document: badges and attendance lists need
 * participants (and attendance lists assigned ones); otherwise FALSE with a message to
 * show. Every other document can always be printed. */
gboolean        podium_renderer_check_document   (PodiumDocument            *document,
                                                  const char                *kind,
                                                  GError                   **error);

/* Lays the document out on pages of this size (points; the page setup's
 * orientation is the caller's); returns the number of pages, at least 1. */
guint           podium_renderer_paginate         (PodiumRenderer *self,
                                                  double          page_width,
                                                  double          page_height);
guint           podium_renderer_get_n_pages      (PodiumRenderer *self);
/* Draws @page (from 0) with the origin at the page's top left corner, in points. */
void            podium_renderer_draw_page        (PodiumRenderer *self,
                                                  cairo_t        *cr,
                                                  guint           page);

/* Draws every page (after podium_renderer_paginate()) on @cr, ending each with
 * cairo_show_page(), with structure tags for a tagged PDF: headings (H1 the title,
 * H2 the days, H3 the sessions), each day's timetable as a Table whose rows start
 * with the time as TH, links for the website and e-mail address, and on a PDF
 * surface an outline entry per day (per sign for room signs). */
void            podium_renderer_draw_tagged      (PodiumRenderer *self,
                                                  cairo_t        *cr);

/* The paper the locale uses (A4, or Letter for en_US, en_CA, es_MX, …), turned
 * the way this document wants it: room signs and the run of show are landscape. */
void            podium_renderer_get_paper_size   (PodiumRenderer *self,
                                                  double         *width,
                                                  double         *height);
gboolean        podium_renderer_get_landscape    (PodiumRenderer *self);

const char     *podium_renderer_get_title        (PodiumRenderer *self);
const char     *podium_renderer_get_author       (PodiumRenderer *self);
const char     *podium_renderer_get_language     (PodiumRenderer *self);
/* The alternative texts (const char *) of the Figures the last
 * podium_renderer_draw_tagged() call tagged, in the order it tagged them */
GPtrArray      *podium_renderer_get_figure_alts  (PodiumRenderer *self);

/* For tests: the rectangles (cairo_rectangle_t, in points) of every line of text
 * and every rule drawn by the last podium_renderer_draw_page() call, and the
 * area they must stay inside. */
GArray         *podium_renderer_get_drawn_boxes  (PodiumRenderer    *self);
void            podium_renderer_get_content_area (PodiumRenderer    *self,
                                                  cairo_rectangle_t *area);

G_END_DECLS
