using System.Text;
using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Services;

namespace WalkingDrum.StripeSandbox.Pages;

/// <summary>The hosted checkout form: line items, total, card fields and inline errors.</summary>
internal static class CheckoutPage
{
    public static bool NeedsEmail(JsonObject session) =>
        session["customer"] is null && string.IsNullOrEmpty((string?)session["customer_email"]);

    public static string Render(JsonObject session, CardInput input, string? alert)
    {
        var isPayment = (string?)session["mode"] == "payment";
        var title = isPayment ? "Pay" : "Save your card";
        var body = new StringBuilder();
        body.Append($"<h1>{title}</h1>");
        if (alert is not null)
        {
            body.Append($"""<div class="alert" role="alert" id="form-error"><p>{Html.Encode(alert)}</p></div>""");
        }
        if (isPayment)
        {
            body.Append(Summary(session));
        }
        else
        {
            body.Append("""<div class="card"><p>Your card is saved for future payments. You are not charged now.</p></div>""");
        }
        var id = Html.Encode((string)session["id"]!);
        body.Append($"""<form class="card" method="post" action="/checkout/{id}" novalidate>""");
        if (NeedsEmail(session))
        {
            body.Append(Field("email", "Email", input.Email, input, "email", "email"));
        }
        else
        {
            body.Append($"<p>Paying as <strong>{Html.Encode((string?)session["customer_email"] ?? "a saved customer")}</strong></p>");
        }
        body.Append(Field("card_number", "Card number", input.Number, input, "cc-number", "text", "numeric", "1234 1234 1234 1234"));
        body.Append("""<div class="row"><div>""");
        body.Append(Field("card_expiry", "Expiry (MM / YY)", input.Expiry, input, "cc-exp", "text", "numeric", "MM / YY"));
        body.Append("</div><div>");
        body.Append(Field("card_cvc", "CVC", "", input, "cc-csc", "text", "numeric", "123"));
        body.Append("</div></div>");
        body.Append(Field("cardholder_name", "Name on card", input.Name, input, "cc-name", "text"));
        var action = isPayment ? $"Pay {Params.Money((long)session["amount_total"]!, (string)session["currency"]!)}" : "Save card";
        body.Append($"<button type=\"submit\">{Html.Encode(action)}</button></form>");
        if ((string?)session["cancel_url"] is { } cancel)
        {
            body.Append($"""<p><a href="{Html.Encode(cancel)}">Cancel and return</a></p>""");
        }
        return Html.Layout(title, body.ToString());
    }

    private static string Summary(JsonObject session)
    {
        var currency = (string)session["currency"]!;
        var list = new StringBuilder("""<section class="card" aria-labelledby="summary"><h2 id="summary">Order summary</h2><ul>""");
        foreach (var item in session["_line_items"] as JsonArray ?? [])
        {
            var quantity = (long)item!["quantity"]!;
            var name = (string?)item["description"];
            list.Append($"<li><span>{Html.Encode(name)}{(quantity > 1 ? $" × {quantity}" : "")}</span>"
                + $"<span>{Html.Encode(Params.Money((long)item["amount_total"]!, currency))}</span></li>");
        }
        list.Append($"""<li class="total"><span>Total</span><span>{Html.Encode(Params.Money((long)session["amount_total"]!, currency))}</span></li>""");
        return list.Append("</ul></section>").ToString();
    }

    private static string Field(string name, string label, string value, CardInput input, string autocomplete, string type,
        string? inputMode = null, string? placeholder = null)
    {
        var hasError = input.Errors.TryGetValue(name, out var error);
        var described = hasError ? $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"" : "";
        var mode = inputMode is null ? "" : $" inputmode=\"{inputMode}\"";
        var hint = placeholder is null ? "" : $" placeholder=\"{Html.Encode(placeholder)}\"";
        var field = $"""<label for="{name}">{Html.Encode(label)}</label><input id="{name}" name="{name}" type="{type}" autocomplete="{autocomplete}" value="{Html.Encode(value)}" required{mode}{hint}{described}>""";
        return hasError ? field + $"""<p class="error" id="{name}-error">{Html.Encode(error)}</p>""" : field;
    }
}
