"""Settings for undersigned: one module, read from the environment.

With no environment at all the project runs embedded: SQLite in WAL mode, a local-memory
cache, Celery tasks run inline and e-mail printed to the console. `.env.example` lists
every variable.
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from undersigned.conf import (
    ConfigError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    parse_database_url,
    redis_cache,
)

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("UNDERSIGNED_DATA_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and env_bool("REQUIRE_SECRET_KEY", default=False):
        raise ConfigError("SECRET_KEY", "must be set in production")
    SECRET_KEY = "insecure-local-key-set-SECRET_KEY-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    raise ConfigError("SITE_URL", f"must start with http:// or https://, not {SITE_URL!r}")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "undersigned.core",
    "undersigned.audit",
    "undersigned.accounts",
    "undersigned.registry",
    "undersigned.statements",
    "undersigned.signatures",
    "undersigned.imports",
    "undersigned.exports",
    "undersigned.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "undersigned.urls"
WSGI_APPLICATION = "undersigned.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "undersigned.context_processors.site",
            ],
        },
    }
]

DATABASES = {
    "default": parse_database_url(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'undersigned.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
CACHES = redis_cache(REDIS_URL) or {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Celery: with no broker, tasks run inline in the process that queued them.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Periodic work, run by `celery -A undersigned beat` in production (seconds between runs).
CELERY_BEAT_SCHEDULE = {
    "signatures-expire-unconfirmed": {
        "task": "undersigned.signatures.tasks.expire_signatures_task",
        "schedule": 3600,
    },
    "registry-duplicates": {
        "task": "undersigned.registry.tasks.detect_duplicates_task",
        "schedule": 6 * 3600,
    },
}

# E-mail: console by default; SMTP when EMAIL_HOST is set; files when EMAIL_FILE_PATH is.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", default=587, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=EMAIL_PORT == 587)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=EMAIL_PORT == 465)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ConfigError("EMAIL_USE_SSL", "cannot be on together with EMAIL_USE_TLS")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif EMAIL_FILE_PATH:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "undersigned <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "statements:home"

LANGUAGES = [("en", _("English")), ("hy", _("Armenian")), ("ru", _("Russian"))]
LANGUAGE_CODE = env_choice(
    "LANGUAGE_CODE", default="en", choices=[code for code, _name in LANGUAGES]
)
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
FORMAT_MODULE_PATH = ["undersigned.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "UTC")

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "media"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = SITE_URL.startswith("https://")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if SITE_URL.startswith("https://"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Product settings.
SIGNATURE_CONFIRM_DAYS = env_int("SIGNATURE_CONFIRM_DAYS", default=7, minimum=1)
SIGNATURE_PURGE_DAYS = env_int("SIGNATURE_PURGE_DAYS", default=30, minimum=1)
SIGN_RATE_PER_IP = env_int("SIGN_RATE_PER_IP", default=20, minimum=1)
SIGN_RATE_PER_EMAIL = env_int("SIGN_RATE_PER_EMAIL", default=5, minimum=1)
SIGN_MIN_SECONDS = env_int("SIGN_MIN_SECONDS", default=3, minimum=0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
