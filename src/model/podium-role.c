/* podium-role.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-role.h"
#include "podium-organization.h"
#include "podium-person.h"

struct _PodiumRole
{
  PodiumObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PodiumRole, podium_role, PODIUM_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_PERSON,
  PROP_ORGANIZATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podium_role_class_init (PodiumRoleClass *klass)
{
  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       PODIUM_TYPE_ROLE_KIND, PODIUM_ROLE_SPEAKER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         PODIUM_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ORGANIZATION] =
    g_param_spec_object ("organization", NULL, NULL,
                         PODIUM_TYPE_ORGANIZATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  _podium_object_class_install_properties (klass, N_PROPS, properties);
}

static void
podium_role_init (PodiumRole *self)
{
}

PodiumRole *
podium_role_new (void)
{
  return g_object_new (PODIUM_TYPE_ROLE, NULL);
}

PodiumRoleKind
podium_role_get_role (PodiumRole *self)
{
  g_return_val_if_fail (PODIUM_IS_ROLE (self), 0);

  return g_value_get_enum (_podium_object_peek (self, PROP_ROLE));
}

PodiumPerson *
podium_role_get_person (PodiumRole *self)
{
  g_return_val_if_fail (PODIUM_IS_ROLE (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_PERSON));
}

PodiumOrganization *
podium_role_get_organization (PodiumRole *self)
{
  g_return_val_if_fail (PODIUM_IS_ROLE (self), NULL);

  return g_value_get_object (_podium_object_peek (self, PROP_ORGANIZATION));
}
