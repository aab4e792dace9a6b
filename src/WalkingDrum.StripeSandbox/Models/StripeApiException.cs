using System.Text.Json.Nodes;

namespace WalkingDrum.StripeSandbox.Models;

/// <summary>A request Stripe would refuse; the API answers it with Stripe's error JSON and nothing is written.</summary>
internal sealed class StripeApiException(int status, string type, string message, string? param = null, string? code = null)
    : Exception(message)
{
    public int Status { get; } = status;

    public JsonObject ToJson() => StripeErrors.Body(type, Message, code, param: param);

    public static StripeApiException Invalid(string message, string? param = null, string? code = null) =>
        new(400, "invalid_request_error", message, param, code);

    public static StripeApiException Missing(string param) =>
        Invalid($"Missing required param: {param}.", param, "parameter_missing");

    public static StripeApiException NoSuch(string kind, string id, string param = "id") =>
        new(404, "invalid_request_error", $"No such {kind}: '{id}'", param, "resource_missing");
}

/// <summary>Stripe's error body, <c>{"error":{…}}</c>.</summary>
internal static class StripeErrors
{
    public static JsonObject Body(string type, string message, string? code = null, string? declineCode = null,
        string? param = null, JsonObject? paymentIntent = null) =>
        new() { ["error"] = Error(type, message, code, declineCode, param, paymentIntent) };

    public static JsonObject Error(string type, string message, string? code = null, string? declineCode = null,
        string? param = null, JsonObject? paymentIntent = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null) error["code"] = code;
        if (declineCode is not null) error["decline_code"] = declineCode;
        if (param is not null) error["param"] = param;
        if (paymentIntent is not null) error["payment_intent"] = paymentIntent;
        return error;
    }
}
