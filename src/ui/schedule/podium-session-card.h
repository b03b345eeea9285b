/* podium-session-card.h — one session as a coloured card in the schedule grid or tray
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "podium-model.h"

G_BEGIN_DECLS

#define PODIUM_TYPE_SESSION_CARD (podium_session_card_get_type ())

/* A card is a drag source for its session (a PODIUM_TYPE_SESSION value). The GdkDrag carries
 * object data "podium-grab-y": the pointer's distance from the card's top edge, as a double in a
 * GdkDrag-owned allocation, so that a drop can keep the card where the pointer holds it.
 *
 * Signals:
 *   "selected" (gboolean keyboard): clicked, or focused from the keyboard
 *   "resize-update" (double dy): the lower edge is being dragged by @dy pixels
 *   "resize-end" (double dy, gboolean cancelled): the lower-edge drag ended
 *   "peek" (gboolean peeking): a compact card was hovered or focused (TRUE), or no longer
 */
G_DECLARE_FINAL_TYPE (PodiumSessionCard, podium_session_card, PODIUM, SESSION_CARD, GtkWidget)

GtkWidget     *podium_session_card_new             (gboolean           in_grid);
/* A card that shows a compact card's whole text and takes no input */
GtkWidget     *podium_session_card_new_peek        (void);
PodiumSession *podium_session_card_get_session     (PodiumSessionCard *self);
void           podium_session_card_set_session     (PodiumSessionCard *self,
                                                    PodiumSession     *session);
/* Re-reads the session and its roles; cheap when nothing changed. */
void           podium_session_card_update          (PodiumSessionCard *self);
void           podium_session_card_set_color_by_organization (PodiumSessionCard *self,
                                                              gboolean           by_organization);
/* (nullable): why the session conflicts with another; shows a badge */
void           podium_session_card_set_conflict    (PodiumSessionCard *self,
                                                    const char        *reason);
/* The card's height in the grid, in pixels: decides how many lines of title it shows */
void           podium_session_card_set_height_hint (PodiumSessionCard *self,
                                                    int                height);
/* Ends a lower-edge drag without changing anything (Escape) */
void           podium_session_card_cancel_resize   (PodiumSessionCard *self);
void           podium_session_card_set_selected    (PodiumSessionCard *self,
                                                    gboolean           selected);
/* How often the card was laid out (size-allocate ran), for tests */
guint          podium_session_card_get_allocations (PodiumSessionCard *self);
/* Whether the card asks for its peek (compact and hovered or focused) */
gboolean       podium_session_card_get_peeking     (PodiumSessionCard *self);

/* The colour for a session: by kind, or by the organisation that moderates or presents it. */
void           podium_session_card_get_color       (PodiumSession     *session,
                                                    gboolean           by_organization,
                                                    GdkRGBA           *color);
/* The accessible name: "Grußwort, Plenarsaal, 10:00 to 10:10" */
char          *podium_session_card_describe        (PodiumSession     *session);

G_END_DECLS
