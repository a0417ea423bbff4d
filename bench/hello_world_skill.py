"""The baseline: Amazon's hello-world custom skill on ask-sdk-core, as in the ASK Python template.

Used only by bench_skill.py to measure what our skill costs beyond the SDK itself.
"""
from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        text = "Welcome, you can say Hello or Help. Which would you like to try?"
        return handler_input.response_builder.speak(text).ask(text).response


class HelloWorldIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("HelloWorldIntent")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Hello World!").response


class HelpIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input):
        text = "You can say hello to me! How can I help?"
        return handler_input.response_builder.speak(text).ask(text).response


class CancelOrStopIntentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.CancelIntent")(handler_input) or is_intent_name("AMAZON.StopIntent")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Goodbye!").response


class SessionEndedRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.response


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def can_handle(self, handler_input, exception):
        return True

    def handle(self, handler_input, exception):
        text = "Sorry, I had trouble doing what you asked. Please try again."
        return handler_input.response_builder.speak(text).ask(text).response


def build():
    """The template's skill builder, with its handlers registered."""
    sb = SkillBuilder()
    for handler in (LaunchRequestHandler(), HelloWorldIntentHandler(), HelpIntentHandler(),
                    CancelOrStopIntentHandler(), SessionEndedRequestHandler()):
        sb.add_request_handler(handler)
    sb.add_exception_handler(CatchAllExceptionHandler())
    return sb


lambda_handler = build().lambda_handler()
