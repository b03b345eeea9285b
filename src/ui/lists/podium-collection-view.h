/* podium-collection-view.h — a sortable, searchable list of sessions, people,
 * organisations or rooms beside the editor of the selected one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "podium-conflicts.h"
#include "podium-labels.h"
#include "podium-model.h"

G_BEGIN_DECLS

typedef enum
{
  PODIUM_COLLECTION_SESSIONS,
  PODIUM_COLLECTION_PEOPLE,
  PODIUM_COLLECTION_ORGANIZATIONS,
  PODIUM_COLLECTION_ROOMS,
  PODIUM_COLLECTION_PARTICIPANTS,
} PodiumCollectionKind;

#define PODIUM_TYPE_COLLECTION_VIEW (podium_collection_view_get_type ())

/* Signals:
 *   "show-toast" (const char *title, gboolean undoable)
 *   "selection-changed" (GObject *object, nullable)
 */
G_DECLARE_FINAL_TYPE (PodiumCollectionView, podium_collection_view, PODIUM, COLLECTION_VIEW, AdwBin)

GtkWidget *podium_collection_view_new          (PodiumCollectionKind  kind);
void       podium_collection_view_set_document (PodiumCollectionView *self,
                                                PodiumDocument       *document);
void       podium_collection_view_set_conflicts (PodiumCollectionView *self,
                                                 PodiumConflicts      *conflicts);
gpointer   podium_collection_view_get_selected (PodiumCollectionView *self);
void       podium_collection_view_select       (PodiumCollectionView *self,
                                                gpointer              object);
void       podium_collection_view_add          (PodiumCollectionView *self);
void       podium_collection_view_duplicate    (PodiumCollectionView *self);
void       podium_collection_view_delete       (PodiumCollectionView *self);
void       podium_collection_view_focus_search (PodiumCollectionView *self);
void       podium_collection_view_set_narrow   (PodiumCollectionView *self,
                                                gboolean              narrow);

G_END_DECLS
