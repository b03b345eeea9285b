/* podium-print-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdint.h>

#include "podium-print-language.h"

/* glibc bumps this when the catalogues change; gettext caches translations
 * per language and only looks again when it moves. */
extern int _nl_msg_cat_cntr;

typedef struct
{
  char *language_env;   /* LANGUAGE before the push, NULL when unset */
  char *messages;       /* setlocale (LC_MESSAGES, NULL) before the push */
  char *time;           /* setlocale (LC_TIME, NULL) before the push */
  char *collate;        /* setlocale (LC_COLLATE, NULL) before the push */
  gboolean changed;
} SavedLanguage;

static GPtrArray *saved_stack;

/* GLib decides once, at the first g_dgettext() call, whether to translate at all,
 * and says no when the application has called textdomain(), its catalogue has no
 * translation for the locale of that moment, and that locale is neither "C" nor
 * "en_*" — C.UTF-8 in containers and CI, or fr_FR without a French catalogue.
 * Then --language de could never give German words.  Settle the question before
 * main() runs, while the default domain is still "messages", so GLib caches "yes"
 * and gettext alone decides, language by language. */
__attribute__((constructor)) static void
settle_glib_translation (void)
{
  (void) g_dgettext (GETTEXT_PACKAGE, "");
}

static void
saved_language_free (gpointer data)
{
  SavedLanguage *saved = data;

  g_free (saved->language_env);
  g_free (saved->messages);
  g_free (saved->time);
  g_free (saved->collate);
  g_free (saved);
}

/* Does the locale name @locale already speak @language? "de_DE.UTF-8" speaks "de". */
static gboolean
locale_speaks (const char *locale,
               const char *language)
{
  gsize len = strlen (language);

  return locale != NULL &&
         g_ascii_strncasecmp (locale, language, len) == 0 &&
         (locale[len] == '_' || locale[len] == '.' || locale[len] == '\0' || locale[len] == '@') &&
         strstr (locale, "UTF-8") != NULL;
}

static const char *
find_locale (const char *language,
             char      **out_name)
{
  g_autofree char *lang = g_strdup (language);
  g_autofree char *country = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  char *sep;

  if ((sep = strpbrk (lang, ".@")) != NULL)
    *sep = '\0';
  if ((sep = strchr (lang, '_')) != NULL)
    {
      g_ptr_array_add (candidates, g_strdup_printf ("%s.UTF-8", lang));
      *sep = '\0';
    }

  /* The language's home country first ("de_DE"), then the usual suspects */
  country = g_ascii_strup (lang, -1);
  g_ptr_array_add (candidates, g_strdup_printf ("%s_%s.UTF-8", lang, country));
  if (g_str_equal (lang, "en"))
    {
      g_ptr_array_add (candidates, g_strdup ("en_GB.UTF-8"));
      g_ptr_array_add (candidates, g_strdup ("en_US.UTF-8"));
    }
  g_ptr_array_add (candidates, g_strdup ("C.UTF-8"));

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *name = g_ptr_array_index (candidates, i);
      const char *set = setlocale (LC_TIME, name);

      if (set != NULL)
        {
          *out_name = g_strdup (set);
          return *out_name;
        }
    }
  *out_name = NULL;
  return NULL;
}

void
podium_print_push_language (const char *language)
{
  SavedLanguage *saved = g_new0 (SavedLanguage, 1);
  const char *messages;
  g_autofree char *locale = NULL;

  if (saved_stack == NULL)
    saved_stack = g_ptr_array_new_with_free_func (saved_language_free);
  g_ptr_array_add (saved_stack, saved);

  if (language == NULL || *language == '\0')
    return;

  saved->language_env = g_strdup (g_getenv ("LANGUAGE"));
  saved->messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  saved->time = g_strdup (setlocale (LC_TIME, NULL));
  saved->collate = g_strdup (setlocale (LC_COLLATE, NULL));
  saved->changed = TRUE;

  /* Keep the user's own variant when it already speaks the language (en_GB stays en_GB) */
  messages = saved->messages;
  if (locale_speaks (messages, language))
    locale = g_strdup (messages);
  else if (find_locale (language, &locale) == NULL)
    g_debug ("No locale installed for language “%s”: dates stay as they are", language);

  if (locale != NULL)
    {
      setlocale (LC_MESSAGES, locale);
      setlocale (LC_TIME, locale);
      /* Lists of names sort as readers of the language expect (Ä with A in German) */
      setlocale (LC_COLLATE, locale);
    }
  g_setenv ("LANGUAGE", language, TRUE);
  ++_nl_msg_cat_cntr;
}

void
podium_print_pop_language (void)
{
  SavedLanguage *saved;

  g_return_if_fail (saved_stack != NULL && saved_stack->len > 0);

  saved = g_ptr_array_index (saved_stack, saved_stack->len - 1);
  if (saved->changed)
    {
      if (saved->language_env != NULL)
        g_setenv ("LANGUAGE", saved->language_env, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      setlocale (LC_MESSAGES, saved->messages);
      setlocale (LC_TIME, saved->time);
      setlocale (LC_COLLATE, saved->collate);
      ++_nl_msg_cat_cntr;
    }
  g_ptr_array_remove_index (saved_stack, saved_stack->len - 1);
  if (saved_stack->len == 0)
    g_clear_pointer (&saved_stack, g_ptr_array_unref);
}

char *
podium_print_resolve_language (const char *requested,
                               const char *conference_language)
{
  const char * const *names;

  if (requested != NULL && *requested != '\0')
    return g_strdup (requested);
  if (conference_language != NULL && *conference_language != '\0')
    return g_strdup (conference_language);

  /* The interface's: the first language gettext would use, without the country */
  names = g_get_language_names_with_category ("LC_MESSAGES");
  if (names != NULL && names[0] != NULL && !g_str_equal (names[0], "C"))
    {
      char *lang = g_strdup (names[0]);
      lang[strcspn (lang, "_.@")] = '\0';
      return lang;
    }
  return g_strdup ("en");
}

gboolean
podium_print_locale_uses_letter (void)
{
  /* glibc answers in millimetres, packed into the pointer; 216 × 279 is Letter */
  int width = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);

  return width == 216;
}
