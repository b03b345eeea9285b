/* podium-change-set.h — what one step of a document touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* PodiumDocument::changed carries one: the properties the step set (object and property
 * name), and the objects it inserted into or removed from the document's lists. An undo
 * touches what its step touched. Listeners ask it whether to bother: a row showing a
 * session's title skips a step that renamed a room. */
typedef struct _PodiumChangeSet PodiumChangeSet;

#define PODIUM_TYPE_CHANGE_SET (podium_change_set_get_type ())

GType            podium_change_set_get_type      (void) G_GNUC_CONST;
PodiumChangeSet *podium_change_set_new           (void);
PodiumChangeSet *podium_change_set_ref           (PodiumChangeSet *self);
void             podium_change_set_unref         (PodiumChangeSet *self);

void             podium_change_set_add_property  (PodiumChangeSet *self,
                                                  GObject         *object,
                                                  const char      *property);
/* @item came into or left one of the document's lists */
void             podium_change_set_add_item      (PodiumChangeSet *self,
                                                  GObject         *item);

/* Whether the step set @property of @object (any property when %NULL), or inserted or
 * removed @object */
gboolean         podium_change_set_touches       (PodiumChangeSet *self,
                                                  gpointer         object,
                                                  const char      *property);
/* Whether the step set a property of, inserted or removed any object of @type (or of a
 * type derived from it) */
gboolean         podium_change_set_touches_type  (PodiumChangeSet *self,
                                                  GType            type);
/* The same for any of the types listed, ending with G_TYPE_INVALID */
gboolean         podium_change_set_touches_any   (PodiumChangeSet *self,
                                                  GType            first_type,
                                                  ...);
/* Whether the step inserted or removed an object of @type (G_TYPE_OBJECT: of any type) */
gboolean         podium_change_set_changes_items (PodiumChangeSet *self,
                                                  GType            type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumChangeSet, podium_change_set_unref)

G_END_DECLS
