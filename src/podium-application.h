/* podium-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PODIUM_TYPE_APPLICATION (podium_application_get_type ())

G_DECLARE_FINAL_TYPE (PodiumApplication, podium_application, PODIUM, APPLICATION, AdwApplication)

PodiumApplication *podium_application_new (void);

G_END_DECLS
