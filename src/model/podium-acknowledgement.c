/* podium-acknowledgement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-acknowledgement.h"

struct _PodiumAcknowledgement
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumAcknowledgement, podium_acknowledgement, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_KEY,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_acknowledgement_class_init (PodiumAcknowledgementClass *klass)
{
  properties [PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_acknowledgement_init (PodiumAcknowledgement *self)
{
}

PodiumAcknowledgement *
podium_acknowledgement_new (void)
{
  return g_object_new (PODIUM_TYPE_ACKNOWLEDGEMENT, NULL);
}

const char *
podium_acknowledgement_get_rule (PodiumAcknowledgement *self)
{
  g_return_val_if_fail (PODIUM_IS_ACKNOWLEDGEMENT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_RULE));
}

const char *
podium_acknowledgement_get_key (PodiumAcknowledgement *self)
{
  g_return_val_if_fail (PODIUM_IS_ACKNOWLEDGEMENT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_KEY));
}

const char *
podium_acknowledgement_get_note (PodiumAcknowledgement *self)
{
  g_return_val_if_fail (PODIUM_IS_ACKNOWLEDGEMENT (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTE));
}
