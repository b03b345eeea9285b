/* podium-object.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-object.h"

typedef struct
{
  char       *id;
  JsonObject *extra;
  GValue     *values;   /* indexed by the subclass's prop_id */
  guint       n_values;
} PodiumObjectPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PodiumObject, podium_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The properties of one final class that live in the value table, listed once per class:
 * g_object_class_list_properties() walks every property of every type, far too slow to
 * call for each of the thousands of objects a large plan reads.
 */
typedef struct
{
  guint        n_values;
  guint        n_pspecs;
  GParamSpec **pspecs;
} ClassTable;

static const ClassTable *
class_table (GType type)
{
  static GQuark quark;
  static GMutex mutex;
  ClassTable *table;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("podium-object-class-table");
  table = g_type_get_qdata (type, quark);
  if G_LIKELY (table != NULL)
    return table;

  g_mutex_lock (&mutex);
  table = g_type_get_qdata (type, quark);
  if (table == NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **all = NULL;
      guint n_all = 0;

      all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_all);
      table = g_new0 (ClassTable, 1);
      table->pspecs = g_new0 (GParamSpec *, n_all + 1);
      for (guint i = 0; i < n_all; i++)
        {
          if (all[i]->owner_type == PODIUM_TYPE_OBJECT)
            continue;
          table->pspecs[table->n_pspecs++] = all[i];
          table->n_values = MAX (table->n_values, all[i]->param_id);
        }
      table->n_values++;
      /* kept for the life of the program, like the class itself */
      g_type_set_qdata (type, quark, table);
    }
  g_mutex_unlock (&mutex);

  return table;
}

/* The value table is built on first use, when the instance's class is the final one. */
static GValue *
ensure_table (PodiumObject *self)
{
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);
  const ClassTable *table;

  if (priv->values != NULL)
    return priv->values;

  table = class_table (G_OBJECT_TYPE (self));
  priv->n_values = table->n_values;
  priv->values = g_new0 (GValue, priv->n_values);
  for (guint i = 0; i < table->n_pspecs; i++)
    {
      GParamSpec *pspec = table->pspecs[i];

      g_value_init (&priv->values[pspec->param_id], pspec->value_type);
      g_param_value_set_default (pspec, &priv->values[pspec->param_id]);
    }

  return priv->values;
}

const GValue *
_podium_object_peek (gpointer self,
                     guint    prop_id)
{
  PodiumObjectPrivate *priv;

  g_return_val_if_fail (PODIUM_IS_OBJECT (self), NULL);

  priv = podium_object_get_instance_private (self);
  ensure_table (self);
  g_return_val_if_fail (prop_id > 0 && prop_id < priv->n_values, NULL);

  return &priv->values[prop_id];
}

static void
podium_object_finalize (GObject *object)
{
  PodiumObject *self = (PodiumObject *)object;
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    if (G_IS_VALUE (&priv->values[i]))
      g_value_unset (&priv->values[i]);
  g_clear_pointer (&priv->values, g_free);
  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extra, json_object_unref);

  G_OBJECT_CLASS (podium_object_parent_class)->finalize (object);
}

static void
podium_object_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PodiumObject *self = PODIUM_OBJECT (object);

  if (pspec->owner_type == PODIUM_TYPE_OBJECT)
    {
      switch (prop_id)
        {
        case PROP_ID:
          g_value_set_string (value, podium_object_get_id (self));
          break;

        default:
          G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
        }
      return;
    }

  g_value_copy (&ensure_table (self)[prop_id], value);
}

static void
podium_object_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PodiumObject *self = PODIUM_OBJECT (object);
  GValue *stored;

  if (pspec->owner_type == PODIUM_TYPE_OBJECT)
    {
      switch (prop_id)
        {
        case PROP_ID:
          podium_object_set_id (self, g_value_get_string (value));
          break;

        default:
          G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
        }
      return;
    }

  stored = &ensure_table (self)[prop_id];
  /* Strings compare by content, boxed values (arrays) by pointer */
  if (g_param_values_cmp (pspec, stored, value) == 0)
    return;

  g_value_copy (value, g_value_reset (stored));
  g_object_notify_by_pspec (object, pspec);
}

static void
podium_object_class_init (PodiumObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podium_object_finalize;
  object_class->get_property = podium_object_get_property;
  object_class->set_property = podium_object_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podium_object_init (PodiumObject *self)
{
}

/* For subclasses' class_init: installs @pspecs, whose values PodiumObject then stores */
void
_podium_object_class_install_properties (gpointer     klass,
                                         guint        n_pspecs,
                                         GParamSpec **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* GObject clears these for every derived class, so hand ours down explicitly */
  object_class->get_property = podium_object_get_property;
  object_class->set_property = podium_object_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

/**
 * podium_object_get_id:
 *
 * Returns: the object's id, unique within its kind in a document, or %NULL for objects
 *   that have none (the conference, a role, a video message).
 */
const char *
podium_object_get_id (PodiumObject *self)
{
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);

  g_return_val_if_fail (PODIUM_IS_OBJECT (self), NULL);

  return priv->id;
}

void
podium_object_set_id (PodiumObject *self,
                      const char   *id)
{
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);

  g_return_if_fail (PODIUM_IS_OBJECT (self));

  if (g_strcmp0 (priv->id, id) == 0)
    return;

  g_free (priv->id);
  priv->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * podium_object_get_extra:
 *
 * Returns: (nullable) (transfer none): the members of the object's JSON form that this
 *   version of Podium does not understand, kept to be written back unchanged.
 */
JsonObject *
podium_object_get_extra (PodiumObject *self)
{
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);

  g_return_val_if_fail (PODIUM_IS_OBJECT (self), NULL);

  return priv->extra;
}

void
podium_object_set_extra (PodiumObject *self,
                         JsonObject   *extra)
{
  PodiumObjectPrivate *priv = podium_object_get_instance_private (self);

  g_return_if_fail (PODIUM_IS_OBJECT (self));

  if (extra)
    json_object_ref (extra);
  g_clear_pointer (&priv->extra, json_object_unref);
  priv->extra = extra;
}
