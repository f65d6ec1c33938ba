using Besluitvorming.Web;
using Besluitvorming.Web.Api;
using Besluitvorming.Web.Api.Webhooks;
using Besluitvorming.Web.Data;
using Besluitvorming.Web.Identiteit;
using Besluitvorming.Web.Jobs;
using Besluitvorming.Web.Mail;
using Besluitvorming.Web.Productie;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDatabase(builder.Configuration);
builder.Services.AddIdentiteit();
builder.Services.AddBesluitvorming(builder.Configuration);
builder.Services.AddMail(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddProductie(builder.Configuration);
builder.Services.AddApi(builder.Configuration, builder.Environment);
builder.Services.AddWebhooks(builder.Configuration);

var app = builder.Build();

app.ControleerConfiguratie();
await DatabaseInitialisatie.InitialiseerAsync(app.Services);

app.UseProductie();
app.UseBesluitvorming();
app.MapProductie();
app.MapApi();
app.MapWebhooks();
app.Run();

public partial class Program;
