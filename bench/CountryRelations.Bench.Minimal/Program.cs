using System.Text.Json;
using Npgsql;

// The .NET HTTP limit on this machine for two of the suite's shapes: a minimal API that reads the same request body the
// GraphQL server gets, runs one prepared statement and writes the answer with Utf8JsonWriter — no GraphQL, no
// authentication, no log line. What the server achieves against this is what its GraphQL layer costs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["ConnectionString"] ?? throw new InvalidOperationException("--ConnectionString is required");
await using var database = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapGet("/health", () => "ok");

// The profile in force on a date: publishedOn and its sections in page order.
app.MapPost("/as-of", async (HttpContext context) =>
{
    var (publisher, country, date) = await VariablesAsync(context);
    await using var connection = await database.OpenConnectionAsync(context.RequestAborted);
    await using var command = new NpgsqlCommand(Statements.AsOf, connection);
    command.Parameters.AddWithValue(publisher);
    command.Parameters.AddWithValue(country);
    command.Parameters.AddWithValue(date ?? DateOnly.FromDateTime(DateTime.UtcNow));
    await command.PrepareAsync(context.RequestAborted);
    await using var rows = await command.ExecuteReaderAsync(context.RequestAborted);
    context.Response.ContentType = "application/json";
    await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
    json.WriteStartObject();
    json.WriteStartObject("data");
    var first = true;
    while (await rows.ReadAsync(context.RequestAborted))
    {
        if (first)
        {
            json.WriteStartObject("profile");
            json.WriteString("publishedOn", rows.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("sections");
            first = false;
        }

        json.WriteStartObject();
        json.WriteString("topic", rows.GetString(1));
        json.WriteString("heading", rows.GetString(2));
        json.WriteString("body", rows.GetString(3));
        json.WriteEndObject();
    }

    if (first)
    {
        json.WriteNull("profile");
    }
    else
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    json.WriteEndObject();
    json.WriteEndObject();
    await json.FlushAsync(context.RequestAborted);
});

// A profile's ten newest revisions, each with publishedOn and its sections.
app.MapPost("/timeline", async (HttpContext context) =>
{
    var (publisher, country, _) = await VariablesAsync(context);
    await using var connection = await database.OpenConnectionAsync(context.RequestAborted);
    await using var command = new NpgsqlCommand(Statements.Timeline, connection);
    command.Parameters.AddWithValue(publisher);
    command.Parameters.AddWithValue(country);
    await command.PrepareAsync(context.RequestAborted);
    await using var rows = await command.ExecuteReaderAsync(context.RequestAborted);
    context.Response.ContentType = "application/json";
    await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
    json.WriteStartObject();
    json.WriteStartObject("data");
    json.WriteStartObject("revisions");
    json.WriteStartArray("nodes");
    long revision = 0;
    while (await rows.ReadAsync(context.RequestAborted))
    {
        if (rows.GetInt64(0) != revision)
        {
            if (revision != 0)
            {
                json.WriteEndArray();
                json.WriteEndObject();
            }

            revision = rows.GetInt64(0);
            json.WriteStartObject();
            json.WriteString("publishedOn", rows.GetFieldValue<DateOnly>(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("sections");
        }

        json.WriteStartObject();
        json.WriteString("heading", rows.GetString(2));
        json.WriteString("body", rows.GetString(3));
        json.WriteEndObject();
    }

    if (revision != 0)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    json.WriteEndArray();
    json.WriteEndObject();
    json.WriteEndObject();
    json.WriteEndObject();
    await json.FlushAsync(context.RequestAborted);
});

await app.RunAsync();

// The GraphQL request's variables: p (publisher), c (country), d (date, optional).
static async Task<(string Publisher, string Country, DateOnly? Date)> VariablesAsync(HttpContext context)
{
    using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var variables = request.RootElement.GetProperty("variables");
    return (
        variables.GetProperty("p").GetString()!,
        variables.GetProperty("c").GetString()!,
        variables.TryGetProperty("d", out var date) && date.ValueKind == JsonValueKind.String ? DateOnly.Parse(date.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null);
}

/// <summary>The two statements, each the best hand-written SQL for its shape, looked up by codes as the server is.</summary>
internal static class Statements
{
    public const string AsOf = """
        SELECT r.published_on, s.topic, s.heading, s.body
        FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
        CROSS JOIN LATERAL revision_in_force(p.id, $3, now()) r
        JOIN sections s ON s.revision_id = r.id
        WHERE pub.code = $1 AND p.country_code = $2 AND p.language = 'en'
        ORDER BY s.position
        """;

    public const string Timeline = """
        SELECT r.id, r.published_on, s.heading, s.body
        FROM profiles p JOIN publishers pub ON pub.id = p.publisher_id
        CROSS JOIN LATERAL (SELECT id, published_on, effective_from, sequence FROM revisions
                            WHERE profile_id = p.id AND system_period @> now()
                            ORDER BY effective_from DESC, sequence DESC LIMIT 10) r
        JOIN sections s ON s.revision_id = r.id
        WHERE pub.code = $1 AND p.country_code = $2 AND p.language = 'en'
        ORDER BY r.effective_from DESC, r.sequence DESC, s.position
        """;
}
