using System.Text.Json.Nodes;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>Checkout Sessions: creation from Stripe's parameters, expiry and completion.</summary>
internal static class CheckoutSessions
{
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromHours(24);

    public static JsonObject Create(ApiCall call)
    {
        var form = call.Form;
        var mode = Params.Required(form, "mode");
        if (mode is not ("payment" or "setup"))
        {
            throw StripeApiException.Invalid($"The sandbox supports mode payment or setup, not '{mode}'.", "mode");
        }
        var customer = form.GetNonEmpty("customer");
        if (customer is not null)
        {
            call.Get("customer", customer, "customer", "customer");
        }
        var customerCreation = CustomerCreation(form, customer);
        RefuseOtherModesData(form, mode);
        var session = call.NewObject("checkout.session", "cs_test");
        var id = (string)session["id"]!;
        List<JsonNode> items = [];
        var currency = form.GetNonEmpty("currency")?.ToLowerInvariant();
        if (mode == "payment")
        {
            (items, currency) = LineItems(call);
        }
        var total = items.Sum(i => (long)i["amount_total"]!);
        var expiresAt = Params.Integer(form, "expires_at") ?? call.Now + (long)MaximumLifetime.TotalSeconds;
        if (expiresAt < call.Now + (long)MinimumLifetime.TotalSeconds || expiresAt > call.Now + (long)MaximumLifetime.TotalSeconds)
        {
            throw StripeApiException.Invalid(
                "The `expires_at` timestamp must be at least 30 minutes and less than 24 hours from Checkout Session creation.", "expires_at");
        }
        session["amount_subtotal"] = mode == "payment" ? total : null;
        session["amount_total"] = mode == "payment" ? total : null;
        session["cancel_url"] = form.GetNonEmpty("cancel_url");
        session["client_reference_id"] = form.GetNonEmpty("client_reference_id");
        session["currency"] = currency;
        session["customer"] = customer;
        session["customer_creation"] = customerCreation;
        session["customer_details"] = null;
        session["customer_email"] = form.GetNonEmpty("customer_email");
        session["expires_at"] = expiresAt;
        session["metadata"] = Params.Metadata(form);
        session["mode"] = mode;
        session["payment_intent"] = null;
        session["payment_method_types"] = new JsonArray("card");
        session["payment_status"] = mode == "payment" ? "unpaid" : "no_payment_required";
        session["setup_intent"] = null;
        session["status"] = "open";
        session["success_url"] = Params.Required(form, "success_url").Replace("{CHECKOUT_SESSION_ID}", id, StringComparison.Ordinal);
        session["ui_mode"] = "hosted";
        session["url"] = call.Sandbox.PageUrl($"checkout/{id}").ToString();
        session["_line_items"] = new JsonArray([.. items]);
        var intentData = form["payment_intent_data"];
        session["_payment_intent_data"] = new JsonObject
        {
            ["description"] = intentData?.GetNonEmpty("description"),
            ["metadata"] = intentData is null ? new JsonObject() : Params.Metadata(intentData),
            ["setup_future_usage"] = intentData?.GetNonEmpty("setup_future_usage"),
        };
        var setupData = form["setup_intent_data"];
        session["_setup_intent_data"] = new JsonObject
        {
            ["description"] = setupData?.GetNonEmpty("description"),
            ["metadata"] = setupData is null ? new JsonObject() : Params.Metadata(setupData),
        };
        return call.Save(session);
    }

    /// <summary>Marks an open session past its <c>expires_at</c> expired; true when it is still open.</summary>
    public static bool RefreshOpen(ApiCall call, JsonObject session)
    {
        if ((string?)session["status"] != "open")
        {
            return false;
        }
        if (call.Now < (long)session["expires_at"]!)
        {
            return true;
        }
        Expire(call, session);
        return false;
    }

    public static void Expire(ApiCall call, JsonObject session)
    {
        session["status"] = "expired";
        session["url"] = null;
        call.Save(session);
        call.Emit("checkout.session.expired", session);
    }

    public static void Complete(ApiCall call, JsonObject session, string? customer, string? email, string? name)
    {
        session["status"] = "complete";
        session["customer"] = customer;
        if ((string?)session["mode"] == "payment")
        {
            session["payment_status"] = "paid";
        }
        session["customer_details"] = new JsonObject { ["email"] = email, ["name"] = name, ["phone"] = null, ["address"] = null };
        session["url"] = null;
        call.Save(session);
        call.Emit("checkout.session.completed", session);
    }

    // Like Stripe: a customer given is never created again, and creation is always or if_required.
    private static string? CustomerCreation(FormTree form, string? customer)
    {
        var creation = form.GetNonEmpty("customer_creation");
        if (creation is not null && customer is not null)
        {
            throw StripeApiException.Invalid("You may only specify one of these parameters: customer, customer_creation.", "customer_creation");
        }
        if (creation is not (null or "always" or "if_required"))
        {
            throw StripeApiException.Invalid("Invalid customer_creation: must be one of always or if_required.", "customer_creation");
        }
        return customer is null ? creation ?? "if_required" : null;
    }

    private static void RefuseOtherModesData(FormTree form, string mode)
    {
        if (mode == "setup" && form["payment_intent_data"] is not null)
        {
            throw StripeApiException.Invalid("You can not pass `payment_intent_data` in `setup` mode.", "payment_intent_data");
        }
        if (mode == "setup" && form["line_items"] is not null)
        {
            throw StripeApiException.Invalid("You can not pass `line_items` in `setup` mode.", "line_items");
        }
        if (mode == "payment" && form["setup_intent_data"] is not null)
        {
            throw StripeApiException.Invalid("You can not pass `setup_intent_data` in `payment` mode.", "setup_intent_data");
        }
    }

    private static (List<JsonNode> Items, string Currency) LineItems(ApiCall call)
    {
        var given = call.Form["line_items"]?.Items ?? [];
        if (given.Count == 0)
        {
            throw StripeApiException.Missing("line_items");
        }
        var items = new List<JsonNode>();
        string? currency = null;
        for (var i = 0; i < given.Count; i++)
        {
            var param = $"line_items[{i}]";
            var priceData = given[i]["price_data"] ?? throw StripeApiException.Missing($"{param}[price_data]");
            var itemCurrency = Params.Currency(priceData, "currency", $"{param}[price_data][currency]");
            if (currency is not null && currency != itemCurrency)
            {
                throw StripeApiException.Invalid("All line items must use the same currency.", $"{param}[price_data][currency]");
            }
            currency = itemCurrency;
            var unitAmount = Params.Integer(priceData, "unit_amount", $"{param}[price_data][unit_amount]")
                ?? throw StripeApiException.Missing($"{param}[price_data][unit_amount]");
            if (unitAmount < 0)
            {
                throw StripeApiException.Invalid("This value must be greater than or equal to 0.", $"{param}[price_data][unit_amount]");
            }
            var name = Params.Required(priceData["product_data"] ?? new FormTree(), "name", $"{param}[price_data][product_data][name]");
            var quantity = Params.PositiveAmount(given[i], "quantity", $"{param}[quantity]");
            items.Add(LineItem(call, name, itemCurrency, unitAmount, quantity));
        }
        return (items, currency!);
    }

    private static JsonObject LineItem(ApiCall call, string name, string currency, long unitAmount, long quantity)
    {
        var price = call.NewObject("price", "price");
        price["active"] = false;
        price["currency"] = currency;
        price["product"] = Ids.New("prod", 14);
        price["type"] = "one_time";
        price["unit_amount"] = unitAmount;
        price["metadata"] = new JsonObject();
        return new JsonObject
        {
            ["id"] = Ids.New("li"),
            ["object"] = "item",
            ["amount_discount"] = 0,
            ["amount_subtotal"] = unitAmount * quantity,
            ["amount_tax"] = 0,
            ["amount_total"] = unitAmount * quantity,
            ["currency"] = currency,
            ["description"] = name,
            ["price"] = price,
            ["quantity"] = quantity,
        };
    }
}
