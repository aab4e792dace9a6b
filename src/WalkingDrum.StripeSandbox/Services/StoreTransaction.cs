using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using WalkingDrum.StripeSandbox.Models;

namespace WalkingDrum.StripeSandbox.Services;

/// <summary>One condition of a list query on a field of the stored JSON; a string array value means IN.</summary>
internal sealed record FieldFilter(string JsonPath, string Operator, object Value);

/// <summary>A page request the way Stripe lists: newest first, cursors are object ids.</summary>
internal sealed record ListQuery(string Type, IReadOnlyList<FieldFilter> Filters, int Limit, string? StartingAfter, string? EndingBefore);

/// <summary>The reads and writes of one unit of work, all inside its transaction.</summary>
internal sealed partial class StoreTransaction(SqliteConnection connection, SqliteTransaction transaction)
{
    public JsonObject? Find(string account, string id)
    {
        using var command = Command("SELECT json FROM objects WHERE account = $a AND id = $id", ("$a", account), ("$id", id));
        return command.ExecuteScalar() is string json ? (JsonObject)JsonNode.Parse(json)! : null;
    }

    /// <summary>An object by id in whichever account owns it: hosted pages know only the id.</summary>
    public (string Account, JsonObject Object)? FindAnywhere(string id)
    {
        using var command = Command("SELECT account, json FROM objects WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), (JsonObject)JsonNode.Parse(reader.GetString(1))!) : null;
    }

    public void Put(string account, JsonObject value)
    {
        using var command = Command("""
            INSERT INTO objects (account, id, type, seq, json)
            VALUES ($a, $id, $type, (SELECT IFNULL(MAX(seq), 0) + 1 FROM objects), $json)
            ON CONFLICT (account, id) DO UPDATE SET json = excluded.json
            """, ("$a", account), ("$id", (string)value["id"]!), ("$type", (string)value["object"]!),
            ("$json", value.ToJsonString(StripeJson.Options)));
        command.ExecuteNonQuery();
    }

    public void Delete(string account, string id)
    {
        using var command = Command("DELETE FROM objects WHERE account = $a AND id = $id", ("$a", account), ("$id", id));
        command.ExecuteNonQuery();
    }

    public (List<JsonObject> Items, bool HasMore) List(string account, ListQuery query)
    {
        var sql = new List<string> { "account = $a", "type = $type" };
        var parameters = new List<(string, object)> { ("$a", account), ("$type", query.Type) };
        for (var i = 0; i < query.Filters.Count; i++)
        {
            var filter = query.Filters[i];
            if (filter.Value is string[] values)
            {
                var names = values.Select((_, j) => $"$f{i}_{j}").ToList();
                sql.Add($"json_extract(json, '{filter.JsonPath}') IN ({string.Join(", ", names)})");
                parameters.AddRange(values.Select((v, j) => (names[j], (object)v)));
                continue;
            }
            sql.Add($"json_extract(json, '{filter.JsonPath}') {filter.Operator} $f{i}");
            parameters.Add(($"$f{i}", filter.Value));
        }
        var forward = query.EndingBefore is null;
        var cursor = query.StartingAfter ?? query.EndingBefore;
        if (cursor is not null)
        {
            sql.Add(forward ? "seq < (SELECT seq FROM objects WHERE id = $cursor)" : "seq > (SELECT seq FROM objects WHERE id = $cursor)");
            parameters.Add(("$cursor", cursor));
        }
        using var command = Command(
            $"SELECT json FROM objects WHERE {string.Join(" AND ", sql)} ORDER BY seq {(forward ? "DESC" : "ASC")} LIMIT $limit",
            [.. parameters, ("$limit", query.Limit + 1)]);
        var items = new List<JsonObject>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add((JsonObject)JsonNode.Parse(reader.GetString(0))!);
            }
        }
        var hasMore = items.Count > query.Limit;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }
        if (!forward)
        {
            items.Reverse();
        }
        return (items, hasMore);
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
