//! The spec's facts, written once: every status, every class, the aliases and the flag lists.
//!
//! Everything else in httpcodes — the lookups here, the C, Python and Node doors — derives from this
//! file. The seed's phrases and class descriptions are transcribed byte for byte from
//! `spec/status-codes.txt`; the rows marked `// registry`, every registered phrase and reference,
//! from the IANA registry; descriptions, names, aliases and flags are the contract's
//! (`spec/codes.md`, `spec/API.md`).

use core::ffi::CStr;

use crate::class::Class;
use crate::macros::nul_terminated;

status_table! {
    100 CONTINUE "Continue"
        reference "RFC 9110, Section 15.2.1"
        "The request's header section arrived and nothing is wrong so far, so the client may go \
        on and send the body.";
    101 SWITCHING_PROTOCOLS "Switching Protocols"
        reference "RFC 9110, Section 15.2.2"
        "The server agrees to the client's Upgrade header and switches this connection to the \
        protocol it named.";
    102 PROCESSING "Processing"
        reference "RFC 2518"
        "The server has accepted a long-running WebDAV request and is still working on it; the \
        final response will follow.";
    103 EARLY_HINTS "Early Hints" // registry
        reference "RFC 8297"
        "Header fields the final response will probably carry, sent early so the client can \
        start fetching linked resources.";
    200 OK "OK"
        reference "RFC 9110, Section 15.3.1"
        "The request worked, and the response carries its result.";
    201 CREATED "Created"
        reference "RFC 9110, Section 15.3.2"
        "The request worked and made a new resource, usually named by the Location header.";
    202 ACCEPTED "Accepted"
        reference "RFC 9110, Section 15.3.3"
        "The server took the request to act on later; it has not been carried out yet and may \
        still fail.";
    203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information"
        reference "RFC 9110, Section 15.3.4"
        "The request worked, but a transforming proxy changed the origin server's response on \
        its way.";
    204 NO_CONTENT "No Content"
        reference "RFC 9110, Section 15.3.5"
        "The request worked and there is nothing to send back in the body.";
    205 RESET_CONTENT "Reset Content"
        reference "RFC 9110, Section 15.3.6"
        "The request worked; the client should clear the form or view that sent it.";
    206 PARTIAL_CONTENT "Partial Content"
        reference "RFC 9110, Section 15.3.7"
        "The body holds only the byte ranges that the request's Range header asked for.";
    207 MULTI_STATUS "Multi-Status"
        reference "RFC 4918"
        "The body is an XML document giving a separate status for each of several WebDAV \
        resources.";
    208 ALREADY_REPORTED "Already Reported" // registry
        reference "RFC 5842"
        "These members of a WebDAV binding were listed earlier in the same multistatus reply, so \
        they are not repeated.";
    226 IM_USED "IM Used" // registry
        reference "RFC 3229"
        "The server fulfilled a GET and the body is the result of the instance manipulations, \
        such as a delta, that the client asked for.";
    300 MULTIPLE_CHOICES "Multiple Choices"
        reference "RFC 9110, Section 15.4.1"
        "The resource has several representations, and the client or its user should pick one.";
    301 MOVED_PERMANENTLY "Moved Permanently"
        reference "RFC 9110, Section 15.4.2"
        "The resource has a new URI for good; links and bookmarks should be changed to it.";
    302 MOVED_TEMPORARILY "Moved Temporarily"
        registered "Found" reference "RFC 9110, Section 15.4.3"
        "The resource is at another URI for the time being; the client should keep using the \
        original URI later on.";
    303 SEE_OTHER "See Other"
        reference "RFC 9110, Section 15.4.4"
        "The answer is at another URI, which the client should fetch with GET.";
    304 NOT_MODIFIED "Not Modified"
        reference "RFC 9110, Section 15.4.5"
        "The cached copy the client holds is still current, so the body is not sent again.";
    305 USE_PROXY "Use Proxy"
        reference "RFC 9110, Section 15.4.6"
        "The resource must be reached through the proxy that the response names; deprecated, as \
        it is unsafe.";
    307 TEMPORARY_REDIRECT "Temporary Redirect"
        reference "RFC 9110, Section 15.4.8"
        "The resource is at another URI for now, and the client must repeat the request there \
        with the same method.";
    308 PERMANENT_REDIRECT "Permanent Redirect"
        reference "RFC 9110, Section 15.4.9"
        "The resource has moved to another URI for good, and the client must repeat the request \
        there with the same method.";
    400 BAD_REQUEST "Bad Request"
        reference "RFC 9110, Section 15.5.1"
        "The server will not handle the request because it is malformed, for example in its \
        syntax or framing.";
    401 UNAUTHORIZED "Unauthorized"
        reference "RFC 9110, Section 15.5.2"
        "The request lacks valid credentials for the resource; the WWW-Authenticate header says \
        how to send them.";
    402 PAYMENT_REQUIRED "Payment Required"
        reference "RFC 9110, Section 15.5.3"
        "Reserved for payment schemes that never came; some APIs send it when an account must \
        pay first.";
    403 FORBIDDEN "Forbidden"
        reference "RFC 9110, Section 15.5.4"
        "The server understood the request but refuses to carry it out, whatever credentials \
        come with it.";
    404 NOT_FOUND "Not Found"
        reference "RFC 9110, Section 15.5.5"
        "The server has no current representation for the requested URI, or will not say that it \
        has one.";
    405 METHOD_NOT_ALLOWED "Method Not Allowed"
        reference "RFC 9110, Section 15.5.6"
        "The resource exists but does not take the request's method; the Allow header lists \
        those it does take.";
    406 NOT_ACCEPTABLE "Not Acceptable"
        reference "RFC 9110, Section 15.5.7"
        "No representation of the resource matches the Accept header fields the request sent.";
    407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required"
        reference "RFC 9110, Section 15.5.8"
        "The client must first authenticate with a proxy on the way; the Proxy-Authenticate \
        header says how.";
    408 REQUEST_TIMEOUT "Request Timeout"
        reference "RFC 9110, Section 15.5.9"
        "The server gave up waiting for the client to finish sending the request.";
    409 CONFLICT "Conflict"
        reference "RFC 9110, Section 15.5.10"
        "The request clashes with the current state of the resource, such as an edit based on an \
        old version.";
    410 GONE "Gone"
        reference "RFC 9110, Section 15.5.11"
        "The resource was here, was removed on purpose and is not expected back.";
    411 LENGTH_REQUIRED "Length Required"
        reference "RFC 9110, Section 15.5.12"
        "The server needs a Content-Length header field on this request.";
    412 PRECONDITION_FAILED "Precondition Failed"
        reference "RFC 9110, Section 15.5.13"
        "A condition in the request's header fields, such as If-Match, did not hold on the server.";
    413 REQUEST_TOO_LONG "Request Too Long"
        registered "Content Too Large" reference "RFC 9110, Section 15.5.14"
        "The request's content is larger than the server is willing or able to take.";
    414 REQUEST_URI_TOO_LONG "Request-URI Too Long"
        registered "URI Too Long" reference "RFC 9110, Section 15.5.15"
        "The request's target URI is longer than the server is willing to read.";
    415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type"
        reference "RFC 9110, Section 15.5.16"
        "The server does not take the format of the request's content.";
    416 REQUESTED_RANGE_NOT_SATISFIABLE "Requested Range Not Satisfiable"
        registered "Range Not Satisfiable" reference "RFC 9110, Section 15.5.17"
        "None of the byte ranges that the request asked for lie within the resource.";
    417 EXPECTATION_FAILED "Expectation Failed"
        reference "RFC 9110, Section 15.5.18"
        "The server cannot meet what the request's Expect header field asks of it.";
    418 IM_A_TEAPOT "I'm a Teapot"
        reference "RFC 9110, Section 15.5.19"
        "An April Fools' code for a teapot asked to brew coffee; the registry reserves 418 so \
        that nothing else takes it.";
    419 INSUFFICIENT_SPACE_ON_RESOURCE "Insufficient Space on Resource"
        "Not registered: an early WebDAV draft sent it when the server had no room left to store \
        the resource.";
    420 METHOD_FAILURE "Method Failure"
        "Not registered: an early WebDAV draft sent it when a method failed on one of the \
        resources it touched.";
    421 MISDIRECTED_REQUEST "Misdirected Request"
        reference "RFC 9110, Section 15.5.20"
        "The request reached a server that cannot answer for the URI's scheme and authority, for \
        example over a reused connection.";
    422 UNPROCESSABLE_ENTITY "Unprocessable Entity"
        registered "Unprocessable Content" reference "RFC 9110, Section 15.5.21"
        "The server understands the content's format and syntax but cannot act on the \
        instructions it holds.";
    423 LOCKED "Locked"
        reference "RFC 4918"
        "The WebDAV resource is locked, so the request may not change it.";
    424 FAILED_DEPENDENCY "Failed Dependency"
        reference "RFC 4918"
        "The WebDAV action failed because another action that it depended on failed.";
    425 TOO_EARLY "Too Early" // registry
        reference "RFC 8470"
        "The server will not risk acting on a request that may have been replayed from TLS early \
        data; retried after the handshake, it may succeed.";
    426 UPGRADE_REQUIRED "Upgrade Required" // registry
        reference "RFC 9110, Section 15.5.22"
        "The server will not answer over the current protocol; the client must switch to one \
        named in the Upgrade header.";
    428 PRECONDITION_REQUIRED "Precondition Required"
        reference "RFC 6585"
        "The server wants this request to be conditional, with If-Match for example, so that no \
        update is lost.";
    429 TOO_MANY_REQUESTS "Too Many Requests"
        reference "RFC 6585"
        "The client sent too many requests in a given time; the Retry-After header may say when \
        to try again.";
    431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large"
        reference "RFC 6585"
        "The request's header fields, one of them or all together, are too large for the server \
        to read.";
    451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable for Legal Reasons"
        registered "Unavailable For Legal Reasons" reference "RFC 7725"
        "A legal demand, such as a court order, keeps the server from providing the resource.";
    500 INTERNAL_SERVER_ERROR "Internal Server Error"
        reference "RFC 9110, Section 15.6.1"
        "The server hit a condition it did not expect and could not complete the request.";
    501 NOT_IMPLEMENTED "Not Implemented"
        reference "RFC 9110, Section 15.6.2"
        "The server does not support what the request needs, such as its method.";
    502 BAD_GATEWAY "Bad Gateway"
        reference "RFC 9110, Section 15.6.3"
        "A gateway or proxy received an invalid response from the server behind it.";
    503 SERVICE_UNAVAILABLE "Service Unavailable"
        reference "RFC 9110, Section 15.6.4"
        "The server cannot handle requests for now, for example when overloaded or under \
        maintenance; Retry-After may say for how long.";
    504 GATEWAY_TIMEOUT "Gateway Timeout"
        reference "RFC 9110, Section 15.6.5"
        "A gateway or proxy did not receive a response in time from the server behind it.";
    505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported"
        reference "RFC 9110, Section 15.6.6"
        "The server does not support the major version of HTTP that the request used.";
    506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" // registry
        reference "RFC 2295"
        "Content negotiation on the server is misconfigured: the chosen variant negotiates again \
        instead of being an end point.";
    507 INSUFFICIENT_STORAGE "Insufficient Storage"
        reference "RFC 4918"
        "The WebDAV server cannot store what it needs to complete the request.";
    508 LOOP_DETECTED "Loop Detected" // registry
        reference "RFC 5842"
        "The server stopped a WebDAV request with Depth: infinity because it ran into an \
        infinite loop.";
    510 NOT_EXTENDED "Not Extended" // registry
        reference "RFC 2774; status-change-http-experiments-to-historic"
        "Obsolete: the request did not meet the policy of the HTTP Extension Framework, which is \
        now historic, for reaching the resource.";
    511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required"
        reference "RFC 6585"
        "The client must authenticate to gain network access, usually through the login page of \
        a captive portal.";
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

// Phrases other tables use for the same codes; reverse lookup accepts them so code written
// against those tables keeps working. Forward lookup always answers with the table's phrase. An
// alias whose `NAME` differs from its code's gives the code that name too (`Status::FOUND`).
alias_table! {
    "Found" FOUND => MOVED_TEMPORARILY;
    "Content Too Large" CONTENT_TOO_LARGE => REQUEST_TOO_LONG;
    "Payload Too Large" PAYLOAD_TOO_LARGE => REQUEST_TOO_LONG;
    "Request Entity Too Large" REQUEST_ENTITY_TOO_LARGE => REQUEST_TOO_LONG;
    "URI Too Long" URI_TOO_LONG => REQUEST_URI_TOO_LONG;
    "Request URI Too Long" => REQUEST_URI_TOO_LONG;
    "Range Not Satisfiable" RANGE_NOT_SATISFIABLE => REQUESTED_RANGE_NOT_SATISFIABLE;
    "Unprocessable Content" UNPROCESSABLE_CONTENT => UNPROCESSABLE_ENTITY;
    "Non Authoritative Information" => NON_AUTHORITATIVE_INFORMATION;
}
