global using Besluitvorming.Web.Tests.Infrastructuur;
