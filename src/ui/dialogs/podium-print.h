/* podium-print.h — printing and the print preview window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_PRINT_PREVIEW (podium_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (PodiumPrintPreview, podium_print_preview, PODIUM, PRINT_PREVIEW, AdwWindow)

/* Opens the system print dialog for @document, with a "Podium" tab offering
 * the document type, the day and the language.  @file is the document's file
 * (may be NULL); it names the print job and the PDF file name. */
void                podium_print_run          (GtkWindow      *parent,
                                               PodiumDocument *document,
                                               GFile          *file);

/* The in-app preview: pages through what will be printed, with "Print…"
 * and "Export PDF…".  Presents itself transient for @parent. */
PodiumPrintPreview *podium_print_preview_new  (GtkWindow      *parent,
                                               PodiumDocument *document,
                                               GFile          *file);

/* Convenience for the window's "Print Preview" menu item. */
void                podium_print_preview_show (GtkWindow      *parent,
                                               PodiumDocument *document,
                                               GFile          *file);

G_END_DECLS
