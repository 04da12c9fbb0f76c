//! One row per code: each header field the RFCs say a response with that code carries, with its
//! level, its section and, where the RFC limits it, its condition (spec/codes.md says why).

use super::{HeaderField, Level};
use crate::macros::nul_terminated;
use crate::status::Status;

/// One row per code: `NAME { "Field" LEVEL "section" [if "condition"]; … }`.
macro_rules! header_field_table {
    ($($status:ident {
        $($field:literal $level:ident $section:literal $(if $condition:literal)?;)+
    })+) => {
        pub(super) const fn fields_of(status: Status) -> &'static [HeaderField] {
            match status {
                $(Status::$status => &[$(HeaderField {
                    name: const { nul_terminated(concat!($field, "\0")) },
                    level: Level::$level,
                    section: const { nul_terminated(concat!($section, "\0")) },
                    condition: optional_c!($($condition)?),
                }),+],)+
                _ => &[],
            }
        }
    };
}

header_field_table! {
    SWITCHING_PROTOCOLS {
        "Upgrade" Must "RFC 9110, Section 15.2.2";
    }
    EARLY_HINTS {
        "Link" NamesIt "RFC 8297, Section 2";
    }
    OK {
        "ETag" Should "RFC 9110, Section 15.3.1" if "if the server has one, for GET or HEAD";
        "Last-Modified" Should "RFC 9110, Section 15.3.1" if "if the server has one, for GET or HEAD";
    }
    CREATED {
        "Location" NamesIt "RFC 9110, Section 15.3.2";
    }
    PARTIAL_CONTENT {
        "Content-Range" Must "RFC 9110, Section 15.3.7.1" if "if a single part";
        "Content-Type" Must "RFC 9110, Section 15.3.7.2" if "if several parts";
        "Date" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
        "Cache-Control" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
        "ETag" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
        "Expires" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
        "Content-Location" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
        "Vary" Must "RFC 9110, Section 15.3.7" if "if a 200 would carry it";
    }
    IM_USED {
        "ETag" Must "RFC 3229, Section 10.4.1";
    }
    MULTIPLE_CHOICES {
        "Location" Should "RFC 9110, Section 15.4.1" if "if the server prefers a choice";
    }
    MOVED_PERMANENTLY {
        "Location" Should "RFC 9110, Section 15.4.2";
    }
    MOVED_TEMPORARILY {
        "Location" Should "RFC 9110, Section 15.4.3";
    }
    SEE_OTHER {
        "Location" NamesIt "RFC 9110, Section 15.4.4";
    }
    NOT_MODIFIED {
        "Content-Location" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
        "Date" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
        "ETag" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
        "Vary" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
        "Cache-Control" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
        "Expires" Must "RFC 9110, Section 15.4.5" if "if a 200 would carry it";
    }
    TEMPORARY_REDIRECT {
        "Location" Should "RFC 9110, Section 15.4.8";
    }
    PERMANENT_REDIRECT {
        "Location" Should "RFC 9110, Section 15.4.9";
    }
    UNAUTHORIZED {
        "WWW-Authenticate" Must "RFC 9110, Section 15.5.2";
    }
    METHOD_NOT_ALLOWED {
        "Allow" Must "RFC 9110, Section 15.5.6";
    }
    PROXY_AUTHENTICATION_REQUIRED {
        "Proxy-Authenticate" Must "RFC 9110, Section 15.5.8";
    }
    REQUEST_TOO_LONG {
        "Retry-After" Should "RFC 9110, Section 15.5.14" if "if the condition is temporary";
    }
    UNSUPPORTED_MEDIA_TYPE {
        "Accept-Encoding" NamesIt "RFC 9110, Section 15.5.16" if "if a content coding was refused";
        "Accept" NamesIt "RFC 9110, Section 15.5.16" if "if a media type was refused";
    }
    REQUESTED_RANGE_NOT_SATISFIABLE {
        "Content-Range" Should "RFC 9110, Section 15.5.17";
    }
    UPGRADE_REQUIRED {
        "Upgrade" Must "RFC 9110, Section 15.5.22";
    }
    TOO_MANY_REQUESTS {
        "Retry-After" May "RFC 6585, Section 4";
    }
    UNAVAILABLE_FOR_LEGAL_REASONS {
        "Link" Should "RFC 7725, Section 4";
    }
    SERVICE_UNAVAILABLE {
        "Retry-After" May "RFC 9110, Section 15.6.4";
    }
}
