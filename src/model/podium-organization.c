/* podium-organization.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-organization.h"

struct _PodiumOrganization
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumOrganization, podium_organization, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_REGION,
  PROP_KIND,
  PROP_COLOR,
  PROP_WEBSITE,
  PROP_NOTES,
  PROP_LOGO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_organization_class_init (PodiumOrganizationClass *klass)
{
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PODIUM_TYPE_ORGANIZATION_KIND, PODIUM_ORGANIZATION_AGENCY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* SVG or PNG: a path relative to the plan's folder, or absolute */
  properties [PROP_LOGO] =
    g_param_spec_string ("logo", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_organization_init (PodiumOrganization *self)
{
}

PodiumOrganization *
podium_organization_new (void)
{
  return g_object_new (PODIUM_TYPE_ORGANIZATION, NULL);
}

const char *
podium_organization_get_name (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NAME));
}

const char *
podium_organization_get_short_name (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_SHORT_NAME));
}

const char *
podium_organization_get_region (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_REGION));
}

PodiumOrganizationKind
podium_organization_get_kind (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_KIND));
}

const char *
podium_organization_get_color (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_COLOR));
}

const char *
podium_organization_get_website (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_WEBSITE));
}

const char *
podium_organization_get_notes (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_NOTES));
}

const char *
podium_organization_get_logo (PodiumOrganization *self)
{
  g_return_val_if_fail (PODIUM_IS_ORGANIZATION (self), NULL);

  return g_value_get_string (_podium_object_peek (self, PROP_LOGO));
}
