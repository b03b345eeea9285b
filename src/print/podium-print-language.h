/* podium-print-language.h — printing in a language other than the interface's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Switches gettext (LANGUAGE, LC_MESSAGES) and LC_TIME to @language ("de",
 * "en", "de_AT", …) until the matching pop, so that translated labels and
 * month and day names come out in the export language.  NULL or "" keeps
 * the current language.  Calls nest.  The process locale is global: call
 * from the main thread only, and pop before returning to the main loop. */
void      podium_print_push_language (const char *language);
void      podium_print_pop_language  (void);

/* The language an export of a document in @conference_language uses when
 * @requested is NULL: the conference's, else the interface's ("de", "en"). */
char     *podium_print_resolve_language (const char *requested,
                                         const char *conference_language);

/* TRUE when the locale's paper is US Letter (LC_PAPER), else A4 is used. */
gboolean  podium_print_locale_uses_letter (void);

G_END_DECLS
