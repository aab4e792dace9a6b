using System.Text.Json;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>One refused row of an import and why.</summary>
/// <param name="Row">Line number in the file.</param>
/// <param name="Messages">Every problem found on the row.</param>
public sealed record ImportRowError(int Row, IReadOnlyList<string> Messages);

/// <summary>
/// The problems of an import as stored on its row (<c>ErrorsJson</c>): by row, in file order, and
/// at most <see cref="MaxRows"/> rows so a file that is wrong throughout stays readable.
/// </summary>
public sealed class ImportErrorLog
{
    /// <summary>Rows with problems that are kept; later ones are counted only.</summary>
    public const int MaxRows = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private SortedDictionary<int, List<string>> _rows;

    public ImportErrorLog(string json)
    {
        var rows = JsonSerializer.Deserialize<List<ImportRowError>>(string.IsNullOrWhiteSpace(json) ? "[]" : json, Json) ?? [];
        _rows = new SortedDictionary<int, List<string>>(rows.ToDictionary(r => r.Row, r => r.Messages.ToList()));
    }

    private ImportErrorLog(SortedDictionary<int, List<string>> rows) => _rows = rows;

    /// <summary>The stored errors of <paramref name="json"/>.</summary>
    public static IReadOnlyList<ImportRowError> Parse(string json) => new ImportErrorLog(json).Rows;

    public IReadOnlyList<ImportRowError> Rows => [.. _rows.Select(r => new ImportRowError(r.Key, r.Value))];

    public void Add(int row, string message)
    {
        if (_rows.TryGetValue(row, out var messages))
        {
            messages.Add(message);
        }
        else if (_rows.Count < MaxRows)
        {
            _rows[row] = [message];
        }
    }

    public void AddAll(IEnumerable<CsvRowProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem.Row, problem.Message);
        }
    }

    /// <summary>A copy to add to while a batch is tried, kept only if the batch commits.</summary>
    public ImportErrorLog Snapshot() => new(new SortedDictionary<int, List<string>>(_rows.ToDictionary(r => r.Key, r => r.Value.ToList())));

    public void Replace(ImportErrorLog committed) => _rows = committed._rows;

    public string ToJson() => JsonSerializer.Serialize(Rows, Json);
}
