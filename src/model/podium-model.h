/* podium-model.h — everything a user of the model needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-types.h"
#include "podium-time.h"
#include "podium-object.h"
#include "podium-document.h"
#include "podium-schedule.h"
#include "podium-merge.h"
#include "podium-changes.h"
#include "podium-participant.h"
#include "podium-assign.h"
