/* podium-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-person.h"
#include "podium-organization.h"

struct _PodiumPerson
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumPerson, podium_person, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_HONORIFIC,
  PROP_POSITION,
  PROP_ORGANIZATION,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTES,
  PROP_AVAILABILITY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_person_class_init (PodiumPersonClass *klass)
{
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HONORIFIC] =
    g_param_spec_string ("honorific", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ORGANIZATION] =
    g_param_spec_object ("organization", NULL, NULL,
                         PODIUM_TYPE_ORGANIZATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AVAILABILITY] =
    g_param_spec_boxed ("availability", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_person_init (PodiumPerson *self)
{
}

PodiumPerson *
podium_person_new (void)
{
  return g_object_new (PODIUM_TYPE_PERSON, NULL);
}

const char *
podium_person_get_name (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NAME));
}

const char *
podium_person_get_honorific (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_HONORIFIC));
}

const char *
podium_person_get_position (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_POSITION));
}

PodiumOrganization *
podium_person_get_organization (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_ORGANIZATION));
}

const char *
podium_person_get_email (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_EMAIL));
}

const char *
podium_person_get_phone (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_PHONE));
}

const char *
podium_person_get_notes (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTES));
}

GPtrArray *
podium_person_get_availability (PodiumPerson *self)
{
  g_return_val_if_fail (PODIUM_IS_PERSON (self), NULL);

  return g_value_get_boxed (_podium_object_peek (self, PROP_AVAILABILITY));
}

PodiumSpan *
podium_span_new (gint64 start,
                 gint64 end)
{
  PodiumSpan *span = g_new0 (PodiumSpan, 1);

  span->start = start;
  span->end = end;

  return span;
}

void
podium_span_free (PodiumSpan *span)
{
  if (span == NULL)
    return;

  g_clear_pointer (&span->extra, json_object_unref);
  g_free (span);
}
