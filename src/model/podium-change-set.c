/* podium-change-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-change-set.h"

/* The marker, among an object's property names, of an object inserted or removed */
#define ITEM ((gpointer) 1)

struct _PodiumChangeSet
{
  gatomicrefcount  ref_count;
  /* GObject (a reference) → GPtrArray of interned property names and ITEM */
  GHashTable      *objects;
  GArray          *types;       /* GType of every object touched, once */
  GArray          *item_types;  /* GType of every object inserted or removed, once */
};

G_DEFINE_BOXED_TYPE (PodiumChangeSet, podium_change_set,
                     podium_change_set_ref, podium_change_set_unref)

PodiumChangeSet *
podium_change_set_new (void)
{
  PodiumChangeSet *self = g_new0 (PodiumChangeSet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->objects = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->types = g_array_new (FALSE, FALSE, sizeof (GType));
  self->item_types = g_array_new (FALSE, FALSE, sizeof (GType));
  return self;
}

PodiumChangeSet *
podium_change_set_ref (PodiumChangeSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
podium_change_set_unref (PodiumChangeSet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->objects);
  g_array_unref (self->types);
  g_array_unref (self->item_types);
  g_free (self);
}

static void
add_type (GArray *types,
          GType   type)
{
  for (guint i = 0; i < types->len; i++)
    if (g_array_index (types, GType, i) == type)
      return;
  g_array_append_val (types, type);
}

static void
add (PodiumChangeSet *self,
     GObject         *object,
     gconstpointer    what)
{
  GPtrArray *names = g_hash_table_lookup (self->objects, object);

  if (names == NULL)
    {
      names = g_ptr_array_new ();
      g_hash_table_insert (self->objects, g_object_ref (object), names);
      add_type (self->types, G_OBJECT_TYPE (object));
    }
  if (!g_ptr_array_find (names, what, NULL))
    g_ptr_array_add (names, (gpointer) what);
}

void
podium_change_set_add_property (PodiumChangeSet *self,
                                GObject         *object,
                                const char      *property)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  add (self, object, g_intern_string (property));
}

void
podium_change_set_add_item (PodiumChangeSet *self,
                            GObject         *item)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_OBJECT (item));

  add (self, item, ITEM);
  add_type (self->item_types, G_OBJECT_TYPE (item));
}

gboolean
podium_change_set_touches (PodiumChangeSet *self,
                           gpointer         object,
                           const char      *property)
{
  GPtrArray *names;

  g_return_val_if_fail (self != NULL, FALSE);

  names = g_hash_table_lookup (self->objects, object);
  if (names == NULL)
    return FALSE;
  return property == NULL ||
         g_ptr_array_find (names, ITEM, NULL) ||
         g_ptr_array_find (names, g_intern_string (property), NULL);
}

static gboolean
any_is_a (GArray *types,
          GType   type)
{
  for (guint i = 0; i < types->len; i++)
    if (g_type_is_a (g_array_index (types, GType, i), type))
      return TRUE;
  return FALSE;
}

gboolean
podium_change_set_touches_type (PodiumChangeSet *self,
                                GType            type)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return any_is_a (self->types, type);
}

gboolean
podium_change_set_touches_any (PodiumChangeSet *self,
                               GType            first_type,
                               ...)
{
  va_list args;
  gboolean touches = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  va_start (args, first_type);
  for (GType type = first_type; type != G_TYPE_INVALID && !touches; type = va_arg (args, GType))
    touches = any_is_a (self->types, type);
  va_end (args);
  return touches;
}

gboolean
podium_change_set_changes_items (PodiumChangeSet *self,
                                 GType            type)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return any_is_a (self->item_types, type);
}
