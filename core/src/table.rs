//! The spec's facts, written once: every status, every class, the aliases and the flag lists.
//!
//! Everything else in httpcodes — the lookups here, the C, Python and Node doors — derives from this
//! file. Phrases and class descriptions are transcribed byte for byte from the spec
//! (`spec/status-codes.txt`); names, aliases and flags are the contract's (`spec/API.md`).

use core::ffi::CStr;

use crate::class::Class;
use crate::macros::nul_terminated;

status_table! {
    100 CONTINUE "Continue";
    101 SWITCHING_PROTOCOLS "Switching Protocols";
    102 PROCESSING "Processing";
    200 OK "OK";
    201 CREATED "Created";
    202 ACCEPTED "Accepted";
    203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information";
    204 NO_CONTENT "No Content";
    205 RESET_CONTENT "Reset Content";
    206 PARTIAL_CONTENT "Partial Content";
    207 MULTI_STATUS "Multi-Status";
    300 MULTIPLE_CHOICES "Multiple Choices";
    301 MOVED_PERMANENTLY "Moved Permanently";
    302 MOVED_TEMPORARILY "Moved Temporarily";
    303 SEE_OTHER "See Other";
    304 NOT_MODIFIED "Not Modified";
    305 USE_PROXY "Use Proxy";
    307 TEMPORARY_REDIRECT "Temporary Redirect";
    308 PERMANENT_REDIRECT "Permanent Redirect";
    400 BAD_REQUEST "Bad Request";
    401 UNAUTHORIZED "Unauthorized";
    402 PAYMENT_REQUIRED "Payment Required";
    403 FORBIDDEN "Forbidden";
    404 NOT_FOUND "Not Found";
    405 METHOD_NOT_ALLOWED "Method Not Allowed";
    406 NOT_ACCEPTABLE "Not Acceptable";
    407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required";
    408 REQUEST_TIMEOUT "Request Timeout";
    409 CONFLICT "Conflict";
    410 GONE "Gone";
    411 LENGTH_REQUIRED "Length Required";
    412 PRECONDITION_FAILED "Precondition Failed";
    413 REQUEST_TOO_LONG "Request Too Long";
    414 REQUEST_URI_TOO_LONG "Request-URI Too Long";
    415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type";
    416 REQUESTED_RANGE_NOT_SATISFIABLE "Requested Range Not Satisfiable";
    417 EXPECTATION_FAILED "Expectation Failed";
    418 IM_A_TEAPOT "I'm a Teapot";
    419 INSUFFICIENT_SPACE_ON_RESOURCE "Insufficient Space on Resource";
    420 METHOD_FAILURE "Method Failure";
    421 MISDIRECTED_REQUEST "Misdirected Request";
    422 UNPROCESSABLE_ENTITY "Unprocessable Entity";
    423 LOCKED "Locked";
    424 FAILED_DEPENDENCY "Failed Dependency";
    428 PRECONDITION_REQUIRED "Precondition Required";
    429 TOO_MANY_REQUESTS "Too Many Requests";
    431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large";
    451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable for Legal Reasons";
    500 INTERNAL_SERVER_ERROR "Internal Server Error";
    501 NOT_IMPLEMENTED "Not Implemented";
    502 BAD_GATEWAY "Bad Gateway";
    503 SERVICE_UNAVAILABLE "Service Unavailable";
    504 GATEWAY_TIMEOUT "Gateway Timeout";
    505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported";
    507 INSUFFICIENT_STORAGE "Insufficient Storage";
    511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required";
}

class_table! {
    Informational INFORMATIONAL "Informational" "1xx"
        "The server has received the request and is continuing to process it.";
    Success SUCCESS "Success" "2xx"
        "The request was successfully received, understood, and accepted.";
    Redirection REDIRECTION "Redirection" "3xx"
        "The client must take additional action to complete the request.";
    ClientError CLIENT_ERROR "Client Error" "4xx"
        "The request contains an error on the client side \u{2014} check the request parameters, headers, or body.";
    ServerError SERVER_ERROR "Server Error" "5xx"
        "The server encountered an error while processing the request.";
}

/// Phrases other tables use for the same codes; reverse lookup accepts them so code written
/// against those tables keeps working. Forward lookup always answers with the spec's phrase.
pub(crate) const ALIASES: &[(&str, Status)] = &[
    ("Found", Status::MOVED_TEMPORARILY),
    ("Content Too Large", Status::REQUEST_TOO_LONG),
    ("Payload Too Large", Status::REQUEST_TOO_LONG),
    ("Request Entity Too Large", Status::REQUEST_TOO_LONG),
    ("URI Too Long", Status::REQUEST_URI_TOO_LONG),
    ("Request URI Too Long", Status::REQUEST_URI_TOO_LONG),
    (
        "Range Not Satisfiable",
        Status::REQUESTED_RANGE_NOT_SATISFIABLE,
    ),
    ("Unprocessable Content", Status::UNPROCESSABLE_ENTITY),
    (
        "Non Authoritative Information",
        Status::NON_AUTHORITATIVE_INFORMATION,
    ),
];

/// Responses that send the client elsewhere.
pub(crate) const REDIRECT: &[Status] = &[
    Status::MULTIPLE_CHOICES,
    Status::MOVED_PERMANENTLY,
    Status::MOVED_TEMPORARILY,
    Status::SEE_OTHER,
    Status::USE_PROXY,
    Status::TEMPORARY_REDIRECT,
    Status::PERMANENT_REDIRECT,
];

/// Responses that carry no body.
pub(crate) const EMPTY_BODY: &[Status] = &[
    Status::NO_CONTENT,
    Status::RESET_CONTENT,
    Status::NOT_MODIFIED,
];

/// Responses worth retrying later.
pub(crate) const RETRY: &[Status] = &[
    Status::BAD_GATEWAY,
    Status::SERVICE_UNAVAILABLE,
    Status::GATEWAY_TIMEOUT,
];
