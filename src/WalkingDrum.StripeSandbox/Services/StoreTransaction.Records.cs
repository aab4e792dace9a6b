namespace WalkingDrum.StripeSandbox.Services;

/// <summary>A stored answer to an idempotent request.</summary>
internal sealed record IdempotencyRecord(string Fingerprint, int Status, string Body);

/// <summary>One copy of one event on its way to one webhook endpoint.</summary>
internal sealed record Delivery(long Id, string Account, string EventId, string EndpointId, int Copy, string State,
    int Attempts, long NextAt, int? LastStatus, string? LastError);

internal sealed partial class StoreTransaction
{
    public IdempotencyRecord? FindIdempotency(string account, string key)
    {
        using var command = Command("SELECT fingerprint, status, body FROM idempotency WHERE account = $a AND key = $k",
            ("$a", account), ("$k", key));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    public void PutIdempotency(string account, string key, IdempotencyRecord record)
    {
        using var command = Command("INSERT INTO idempotency (account, key, fingerprint, status, body) VALUES ($a, $k, $f, $s, $b)",
            ("$a", account), ("$k", key), ("$f", record.Fingerprint), ("$s", record.Status), ("$b", record.Body));
        command.ExecuteNonQuery();
    }

    public void AddDelivery(string account, string eventId, string endpointId, int copy, long nextAt, long orderKey)
    {
        using var command = Command("""
            INSERT INTO deliveries (account, event_id, endpoint_id, copy, state, attempts, next_at, order_key)
            VALUES ($a, $e, $w, $c, 'pending', 0, $n, $o)
            """, ("$a", account), ("$e", eventId), ("$w", endpointId), ("$c", copy), ("$n", nextAt), ("$o", orderKey));
        command.ExecuteNonQuery();
    }

    /// <summary>Pending deliveries due at <paramref name="now"/> (unix milliseconds), optionally of one account.</summary>
    public List<Delivery> DueDeliveries(long now, string? account, int limit) =>
        ReadDeliveries(account is null
            ? "WHERE state = 'pending' AND next_at <= $now ORDER BY next_at, order_key LIMIT $limit"
            : "WHERE state = 'pending' AND next_at <= $now AND account = $a ORDER BY next_at, order_key LIMIT $limit",
            ("$now", now), ("$limit", limit), ("$a", account ?? ""));

    public List<Delivery> Deliveries(string account) =>
        ReadDeliveries("WHERE account = $a ORDER BY id", ("$a", account));

    public void UpdateDelivery(long id, string state, int attempts, long nextAt, int? lastStatus, string? lastError)
    {
        using var command = Command("""
            UPDATE deliveries SET state = $s, attempts = $t, next_at = $n, last_status = $ls, last_error = $le WHERE id = $id
            """, ("$id", id), ("$s", state), ("$t", attempts), ("$n", nextAt),
            ("$ls", (object?)lastStatus ?? DBNull.Value), ("$le", (object?)lastError ?? DBNull.Value));
        command.ExecuteNonQuery();
    }

    /// <summary>Deliveries of an event still waiting for a 2xx; events report it as <c>pending_webhooks</c>.</summary>
    public int PendingDeliveries(string eventId)
    {
        using var command = Command("SELECT COUNT(*) FROM deliveries WHERE event_id = $e AND state = 'pending'", ("$e", eventId));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<Delivery> ReadDeliveries(string where, params (string, object)[] parameters)
    {
        using var command = Command(
            "SELECT id, account, event_id, endpoint_id, copy, state, attempts, next_at, last_status, last_error FROM deliveries " + where,
            parameters);
        using var reader = command.ExecuteReader();
        var list = new List<Delivery>();
        while (reader.Read())
        {
            list.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetInt32(6), reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetString(9)));
        }
        return list;
    }
}
