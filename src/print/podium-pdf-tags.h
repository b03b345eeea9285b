/* podium-pdf-tags.h — what cairo 1.16 cannot write into a tagged PDF, added with qpdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads @pdf (as cairo wrote it with structure tags) and returns it with: /Lang
 * @language (BCP 47), /ViewerPreferences /DisplayDocTitle, /MarkInfo /Marked, XMP
 * metadata (dc:title @title, dc:language, dc:creator @author, pdfuaid:part 1),
 * untagged content marked as /Artifact, /Scope on every TH (Column in a row of
 * header cells, else Row), /Alt on the Figures in tree order from @figure_alts
 * (const char *), /Contents on link annotations, /Tabs /S on pages with annotations,
 * and a positive outline /Count.  NULL with @error set if qpdf fails. */
GBytes *podium_pdf_complete_tags (GBytes     *pdf,
                                  const char *language,
                                  const char *title,
                                  const char *author,
                                  GPtrArray  *figure_alts,
                                  GError    **error);

G_END_DECLS
